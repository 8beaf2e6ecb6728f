package nl.inbeeld.aanwezigheid.inlezen;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.inbeeld.aanwezigheid.Afkeuring;
import nl.inbeeld.aanwezigheid.Waarschuwing;

/**
 * Writes {@code afgekeurd.csv} (columns bestand, regel, kolom, reden, rij: the original record as CSV) and
 * {@code inleesrapport.txt} into the import folder. The original records are read again from the files, so
 * millions of rows need not be kept in memory.
 */
final class Afkeurbestand {

    static final String AFGEKEURD = "afgekeurd.csv";
    static final String RAPPORT = "inleesrapport.txt";
    private static final int REGELS_IN_RAPPORT = 100;

    private Afkeurbestand() {}

    static Path schrijf(Path map, List<Afkeuring> afkeuringen) {
        Map<String, Map<Long, String>> rijen = new HashMap<>();
        Map<String, Set<Long>> gezocht = new HashMap<>();
        afkeuringen.forEach(a -> gezocht.computeIfAbsent(a.bestand(), k -> new HashSet<>()).add(a.regel()));
        gezocht.forEach((bestand, regels) -> {
            Map<Long, String> gevonden = new HashMap<>();
            CsvLezer.records(map.resolve(bestand), r -> {
                if (regels.contains(r.getStartingLineNumber())) gevonden.put(r.getStartingLineNumber(), alsCsv(r.getFields()));
            });
            rijen.put(bestand, gevonden);
        });
        Path pad = map.resolve(AFGEKEURD);
        try (Writer w = Files.newBufferedWriter(pad, StandardCharsets.UTF_8);
                CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(w)) {
            csv.writeRecord("bestand", "regel", "kolom", "reden", "rij");
            for (Afkeuring a : afkeuringen) {
                csv.writeRecord(a.bestand(), Long.toString(a.regel()), a.kolom(), a.reden(),
                        rijen.getOrDefault(a.bestand(), Map.of()).getOrDefault(a.regel(), ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Kan " + pad + " niet schrijven", e);
        }
        return pad;
    }

    static void rapport(Path map, String door, String tijdstip, Map<String, Integer> opgeslagen,
            List<Afkeuring> afkeuringen, List<Waarschuwing> waarschuwingen, boolean gedeeltelijk) {
        List<String> regels = new ArrayList<>();
        regels.add("Inleesrapport " + map.toAbsolutePath());
        regels.add("Ingelezen door " + door + " op " + tijdstip + (gedeeltelijk ? " (gedeeltelijk)" : ""));
        regels.add("");
        opgeslagen.forEach((bestand, n) -> regels.add(String.format("%-20s %9d rijen opgeslagen", bestand, n)));
        regels.add("");
        if (afkeuringen.isEmpty()) {
            regels.add("Alle rijen zijn opgeslagen.");
        } else {
            regels.add(afkeuringen.size() + " afkeuringen" + (gedeeltelijk
                    ? "; de afgekeurde rijen staan met hun reden in " + AFGEKEURD + "." : "; er is niets opgeslagen."));
            afkeuringen.stream().limit(REGELS_IN_RAPPORT).forEach(a -> regels.add(a.alsTekst()));
            if (afkeuringen.size() > REGELS_IN_RAPPORT) {
                regels.add("… en " + (afkeuringen.size() - REGELS_IN_RAPPORT) + " meer (zie " + AFGEKEURD + ")");
            }
        }
        if (!waarschuwingen.isEmpty()) {
            regels.add("");
            regels.add(waarschuwingen.size() + " waarschuwingen (de rijen zijn opgeslagen):");
            waarschuwingen.forEach(w -> regels.add(w.alsTekst()));
        }
        try {
            Files.write(map.resolve(RAPPORT), regels, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Kan " + map.resolve(RAPPORT) + " niet schrijven", e);
        }
    }

    private static String alsCsv(List<String> velden) {
        var s = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(s)) {
            csv.writeRecord(velden);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String tekst = s.toString();
        return tekst.endsWith("\n") ? tekst.substring(0, tekst.length() - 1) : tekst;
    }
}
