package nl.inbeeld.aanwezigheid.inlezen;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import nl.inbeeld.aanwezigheid.Afkeuring;

/**
 * One CSV file of the folder, read with FastCSV (UTF-8, BOM tolerated, comma, RFC 4180 quoting). The header must
 * name exactly the spec's columns, in any order; each record is handed over with its line number and its fields
 * by column name.
 */
final class Csvbestand {

    /** One record: its first line number, and its fields by column position. */
    record Rij(long regel, String[] velden, Map<String, Integer> kolommen, String tekst) {
        /** The field of this column, or null when the column is absent or the field empty. */
        String veld(String kolom) {
            Integer i = kolommen.get(kolom);
            if (i == null || i >= velden.length) return null;
            String v = velden[i].strip();
            return v.isEmpty() ? null : v;
        }
    }

    private Csvbestand() {}

    /**
     * Reads the file; header errors and malformed records become Afkeuringen. Returns false when the header is
     * unusable (then no row is handed over).
     */
    static boolean lees(Path pad, Set<String> verplicht, Set<String> optioneel, List<Afkeuring> fouten, Consumer<Rij> verwerker) {
        String naam = pad.getFileName().toString();
        var builder = CsvReader.builder().detectBomHeader(true).skipEmptyLines(true)
                .allowExtraFields(true).allowMissingFields(true);
        try (CsvReader<CsvRecord> reader = builder.ofCsvRecord(pad, StandardCharsets.UTF_8)) {
            var iterator = reader.iterator();
            Map<String, Integer> kolommen = null;
            while (true) {
                CsvRecord record;
                try {
                    if (!iterator.hasNext()) break;
                    record = iterator.next();
                } catch (RuntimeException e) {
                    fouten.add(new Afkeuring(naam, 0, null, "onleesbaar CSV: " + e.getMessage()));
                    return kolommen != null;
                }
                if (kolommen == null) {
                    kolommen = kop(naam, record, verplicht, optioneel, fouten);
                    if (kolommen == null) return false;
                    continue;
                }
                String[] velden = record.getFields().toArray(String[]::new);
                if (velden.length != kolommen.size()) {
                    fouten.add(new Afkeuring(naam, record.getStartingLineNumber(), null,
                            "rij heeft " + velden.length + " velden, de kop " + kolommen.size()));
                    continue;
                }
                verwerker.accept(new Rij(record.getStartingLineNumber(), velden, kolommen, String.join(",", velden)));
            }
            if (kolommen == null) fouten.add(new Afkeuring(naam, 1, null, "bestand is leeg: de kopregel ontbreekt"));
            return kolommen != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Integer> kop(String naam, CsvRecord kop, Set<String> verplicht, Set<String> optioneel,
            List<Afkeuring> fouten) {
        Map<String, Integer> kolommen = new HashMap<>();
        boolean goed = true;
        List<String> velden = new ArrayList<>(kop.getFields());
        for (int i = 0; i < velden.size(); i++) {
            String k = velden.get(i).strip();
            if (!verplicht.contains(k) && !optioneel.contains(k)) {
                fouten.add(new Afkeuring(naam, kop.getStartingLineNumber(), k, "onbekende kolom '" + k + "'"));
                goed = false;
            } else if (kolommen.put(k, i) != null) {
                fouten.add(new Afkeuring(naam, kop.getStartingLineNumber(), k, "kolom '" + k + "' staat dubbel in de kop"));
                goed = false;
            }
        }
        for (String k : verplicht) {
            if (!kolommen.containsKey(k)) {
                fouten.add(new Afkeuring(naam, kop.getStartingLineNumber(), k, "verplichte kolom '" + k + "' ontbreekt"));
                goed = false;
            }
        }
        return goed ? kolommen : null;
    }
}
