package nl.inbeeld.aanwezigheid.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks the files of uitwisselformaat v1 from an uploaded zip (by name, wherever in the zip; nothing else is
 * written) and counts while it streams: every entry, also one that is skipped, is inflated through a counter that
 * refuses the zip as soon as the unpacked bytes exceed {@link Uploadgrenzen#maxUitgepakt()} or, past
 * {@link #VERHOUDING_VANAF} bytes, {@link Uploadgrenzen#maxVerhouding()} times the bytes of the zip read so far.
 */
final class Zipuitpakker {

    /** Below this many unpacked bytes the ratio is not checked: a small, very regular file may pack well. */
    static final long VERHOUDING_VANAF = 1L << 20;

    /** The zip is refused; the message is Dutch and names no server path. */
    static final class Geweigerd extends RuntimeException {
        Geweigerd(String bericht) {
            super(bericht, null, false, false);
        }
    }

    private final Uploadgrenzen grenzen;
    private long gelezen;
    private long uitgepakt;

    Zipuitpakker(Uploadgrenzen grenzen) {
        this.grenzen = grenzen;
    }

    /** Unpacks the entries named in {@code bestanden} into {@code map}; returns how many files were written. */
    int pak(InputStream zip, Path map, Set<String> bestanden) throws IOException {
        int geschreven = 0;
        try (var in = new ZipInputStream(new Teller(zip), StandardCharsets.UTF_8)) {
            InputStream begrensd = new Begrensd(in);
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String naam = e.isDirectory() ? "" : e.getName().substring(Math.max(e.getName().lastIndexOf('/'),
                        e.getName().lastIndexOf('\\')) + 1);
                if (bestanden.contains(naam)) {
                    Files.copy(begrensd, map.resolve(naam), StandardCopyOption.REPLACE_EXISTING);
                    geschreven++;
                } else {
                    begrensd.transferTo(OutputStream.nullOutputStream());
                }
            }
        }
        return geschreven;
    }

    private void controleer() {
        if (uitgepakt > grenzen.maxUitgepakt().toBytes()) {
            throw new Geweigerd("Het zip-bestand is uitgepakt groter dan " + grenzen.maxUitgepakt().toMegabytes()
                    + " MB; er is niets ingelezen.");
        }
        if (uitgepakt > VERHOUDING_VANAF && uitgepakt > (double) grenzen.maxVerhouding() * Math.max(gelezen, 1)) {
            throw new Geweigerd("Het zip-bestand pakt meer dan " + grenzen.maxVerhouding()
                    + " keer zo groot uit als het is (een zip-bom?); er is niets ingelezen.");
        }
    }

    /** Counts the bytes of the zip itself. */
    private final class Teller extends FilterInputStream {
        Teller(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) gelezen++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) gelezen += n;
            return n;
        }
    }

    /** Counts the unpacked bytes of the current entry and checks the limits after every read; close does nothing. */
    private final class Begrensd extends FilterInputStream {
        Begrensd(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                uitgepakt++;
                controleer();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                uitgepakt += n;
                controleer();
            }
            return n;
        }

        @Override
        public void close() {
            // the entries are closed by ZipInputStream itself
        }
    }
}
