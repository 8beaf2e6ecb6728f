package nl.inbeeld.aanwezigheid.inlezen;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.inbeeld.aanwezigheid.Afkeuring;

/**
 * Reads one CSV file of the format with FastCSV: strict UTF-8 (a BOM is skipped), comma, RFC 4180 quoting, a
 * header with the file's column names in any order. Each data record goes to the handler as {@link Velden}, over
 * FastCSV's characters ({@link Ruwerij}) rather than a String per field;
 * a record with the wrong number of fields, a bad header or unreadable CSV is rejected here.
 */
final class CsvLezer {

    private static final Pattern REGEL = Pattern.compile("line (\\d+)");

    private CsvLezer() {}

    /** Reads {@code pad}; returns the number of data records seen. */
    static long lees(Path pad, Bestand bestand, List<Afkeuring> afkeuringen, Consumer<Velden> verwerker) {
        long gezien = 0, laatste = 0;
        try (CsvReader<Ruwerij> lezer = bouwer().build(new Ruwerij(), utf8(pad))) {
            var records = lezer.iterator();
            Velden velden = null;
            int breedte = 0;
            try {
                while (records.hasNext()) {
                    Ruwerij r = records.next();
                    laatste = r.regel();
                    if (velden == null) {
                        int[] positie = kopregel(bestand, r, afkeuringen);
                        if (positie == null) return 0;
                        velden = new Velden(bestand, positie, afkeuringen);
                        breedte = r.aantalVelden();
                        continue;
                    }
                    gezien++;
                    velden.zet(r);
                    if (r.aantalVelden() != breedte) {
                        velden.afkeur(-1, r.aantalVelden() + (r.aantalVelden() == 1 ? " veld" : " velden")
                                + ", de kopregel heeft er " + breedte);
                    } else {
                        verwerker.accept(velden);
                    }
                }
                if (velden == null) {
                    afkeuringen.add(new Afkeuring(bestand.naam(), 1, "", "bestand is leeg: de kopregel ontbreekt"));
                }
            } catch (CsvParseException e) {
                Matcher m = REGEL.matcher(String.valueOf(e.getMessage()));
                long regel = m.find() ? Long.parseLong(m.group(1)) : laatste + 1;
                afkeuringen.add(new Afkeuring(bestand.naam(), regel, "", "onleesbare CSV (" + e.getMessage()
                        + "); de rest van het bestand is niet gelezen"));
            } catch (UncheckedIOException e) {
                afkeuringen.add(new Afkeuring(bestand.naam(), laatste + 1, "",
                        "geen geldige UTF-8; de rest van het bestand is niet gelezen"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Kan " + pad + " niet lezen", e);
        }
        return gezien;
    }

    /** Every record of {@code pad} with its starting line, for {@code afgekeurd.csv}; stops at unreadable CSV. */
    static void records(Path pad, Consumer<CsvRecord> verwerker) {
        try (CsvReader<CsvRecord> lezer = lezer(pad)) {
            lezer.forEach(verwerker);
        } catch (CsvParseException | UncheckedIOException e) {
            // already reported when the file was read
        } catch (IOException e) {
            throw new UncheckedIOException("Kan " + pad + " niet lezen", e);
        }
    }

    private static CsvReader<CsvRecord> lezer(Path pad) throws IOException {
        return bouwer().ofCsvRecord(utf8(pad));
    }

    private static CsvReader.CsvReaderBuilder bouwer() {
        return CsvReader.builder()
                .fieldSeparator(',')
                .quoteCharacter('"')
                .skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE);
    }

    /** A strict UTF-8 reader over the file, past a byte order mark if there is one. */
    private static Reader utf8(Path pad) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(pad), 1 << 16);
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!Arrays.equals(bom, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) in.reset();
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
    }

    /** The position of each column of {@code bestand} in the header, -1 if absent; null when the header is bad. */
    private static int[] kopregel(Bestand bestand, Ruwerij kop, List<Afkeuring> afkeuringen) {
        int[] positie = new int[bestand.kolommen().size()];
        Arrays.fill(positie, -1);
        boolean goed = true;
        long regel = kop.regel();
        for (int p = 0; p < kop.aantalVelden(); p++) {
            String naam = kop.tekst(p);
            int k = bestand.kolommen().indexOf(naam);
            if (k < 0) {
                afkeuringen.add(new Afkeuring(bestand.naam(), regel,
                        naam.isEmpty() ? "''" : Velden.toon(naam).replace("'", ""),
                        "is geen kolom van " + bestand.naam() + " (kolommen: "
                                + String.join(", ", bestand.kolommen()) + ")"));
                goed = false;
            } else if (positie[k] >= 0) {
                afkeuringen.add(new Afkeuring(bestand.naam(), regel, naam, "staat twee keer in de kopregel"));
                goed = false;
            } else {
                positie[k] = p;
            }
        }
        for (int k = 0; k < positie.length; k++) {
            if (positie[k] < 0 && bestand.isVerplicht(k)) {
                afkeuringen.add(new Afkeuring(bestand.naam(), regel, bestand.kolommen().get(k),
                        "ontbreekt in de kopregel"));
                goed = false;
            }
        }
        return goed ? positie : null;
    }
}
