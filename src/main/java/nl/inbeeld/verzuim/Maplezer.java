package nl.inbeeld.verzuim;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import nl.inbeeld.leerling.Leerling;
import nl.inbeeld.leerling.LeerlingId;
import nl.inbeeld.leerplicht.Leerplichtinstellingen;
import nl.inbeeld.school.Gemeentecode;
import nl.inbeeld.school.Kalenderperiode;
import nl.inbeeld.school.Kalendersoort;
import nl.inbeeld.school.Schoolkalender;
import nl.inbeeld.vrijstelling.Vrijstelling;
import nl.inbeeld.vrijstelling.Vrijstellingsgrond;

/**
 * Reads a generated folder (uitwisselformaat v1) straight into a {@link Detectiebank}, without a database: for the
 * benchmark at national size. {@code absenties.csv} is parsed byte by byte; it must list each pupil's rows
 * together, per school in date order, and pupils in the order of {@code leerlingen.csv} — as the generator writes
 * them. Anything else fails loudly rather than giving wrong figures.
 */
final class Maplezer {

    private final Detectiebank bank;
    private final Leerplichtinstellingen instellingen;
    private final Iterator<CsvRecord> personen;
    private final Absentiedagen dagen;
    private final byte[] vorigeLeerling = new byte[64];
    private int vorigeLeerlingLengte = -1;
    private final byte[] vorigeSchool = new byte[6];
    private String leerlingId;
    private Leerling leerling;
    private int school = -1;
    private int rijenInGroep, eersteDag, vorigeDag;
    private final List<Integer> scholenVanLeerling = new ArrayList<>();
    private Map<String, List<Vrijstelling>> art15 = Map.of();

    private Maplezer(Iterator<CsvRecord> personen, Leerplichtinstellingen instellingen) {
        this.personen = personen;
        this.instellingen = instellingen;
        this.bank = new Detectiebank(instellingen);
        this.dagen = bank.dagen;
    }

    static Detectiebank lees(Path map, Leerplichtinstellingen instellingen) {
        try (CsvReader<CsvRecord> leerlingen = lezer(map.resolve("leerlingen.csv"))) {
            var it = leerlingen.iterator();
            it.next(); // kopregel
            var lezer = new Maplezer(it, instellingen);
            lezer.scholen(map);
            lezer.art15(map.resolve("vrijstellingen.csv"));
            lezer.absenties(map.resolve("absenties.csv"));
            return lezer.bank;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The art. 15 exemptions of vrijstellingen.csv (spec §7), when the folder has that file. */
    private void art15(Path pad) throws IOException {
        if (!Files.exists(pad)) return;
        Map<String, List<Vrijstelling>> uit = new HashMap<>();
        try (var v = lezer(pad)) {
            boolean kop = true;
            for (CsvRecord r : v) {
                if (kop) {
                    kop = false;
                    continue;
                }
                if (!r.getField(1).equals(Vrijstellingsgrond.ART_15.code())) continue;
                String tot = r.getField(3);
                uit.computeIfAbsent(r.getField(0), k -> new ArrayList<>()).add(new Vrijstelling(
                        new LeerlingId(r.getField(0)), Vrijstellingsgrond.ART_15, LocalDate.parse(r.getField(2)),
                        tot.isEmpty() ? null : LocalDate.parse(tot), null));
            }
        }
        art15 = uit;
    }

    private void scholen(Path map) throws IOException {
        Map<String, List<Kalenderperiode>> perioden = new HashMap<>();
        try (var k = lezer(map.resolve("kalender.csv"))) {
            boolean kop = true;
            for (CsvRecord r : k) {
                if (kop) { kop = false; continue; }
                perioden.computeIfAbsent(r.getField(0), s -> new ArrayList<>()).add(new Kalenderperiode(
                        LocalDate.parse(r.getField(1)), LocalDate.parse(r.getField(2)),
                        Kalendersoort.valueOf(r.getField(3)), r.getField(4)));
            }
        }
        try (var s = lezer(map.resolve("scholen.csv"))) {
            boolean kop = true;
            for (CsvRecord r : s) {
                if (kop) { kop = false; continue; }
                String id = r.getField(0);
                bank.schoolNummer.put(id, bank.scholen.size());
                bank.scholen.add(id);
                bank.standen.add(new Kalenders.SchoolStand(new Schoolkalender(perioden.getOrDefault(id, List.of())),
                        Integer.parseInt(r.getField(5))));
            }
        }
    }

    private void absenties(Path pad) throws IOException {
        try (InputStream in = Files.newInputStream(pad)) {
            byte[] buf = new byte[1 << 20];
            int len = 0;
            boolean kop = true;
            while (true) {
                int n = in.read(buf, len, buf.length - len);
                if (n < 0) {
                    if (len > 0) regel(buf, 0, len);
                    break;
                }
                len += n;
                int start = 0;
                for (int i = 0; i < len; i++) {
                    if (buf[i] != '\n') continue;
                    if (kop) kop = false;
                    else regel(buf, start, i);
                    start = i + 1;
                }
                System.arraycopy(buf, start, buf, 0, len - start);
                len -= start;
            }
        }
        sluitGroep();
    }

    /** One row: leerling_id, school_id, datum, minuten, code, aantal, gemeld_op. */
    private void regel(byte[] b, int van, int tot) {
        if (tot > van && b[tot - 1] == '\r') tot--;
        if (tot == van) return;
        int f1 = komma(b, van, tot), f2 = komma(b, f1 + 1, tot), f3 = komma(b, f2 + 1, tot),
                f4 = komma(b, f3 + 1, tot), f5 = komma(b, f4 + 1, tot), f6 = komma(b, f5 + 1, tot);
        if (!zelfde(b, van, f1, vorigeLeerling, vorigeLeerlingLengte)) nieuweLeerling(b, van, f1);
        if (school < 0 || !zelfde(b, f1 + 1, f2, vorigeSchool, 6)) nieuweSchool(b, f1 + 1, f2);
        int dag = datum(b, f2 + 1);
        if (rijenInGroep++ == 0) {
            eersteDag = dag;
        } else if (dag < vorigeDag) {
            throw new IllegalStateException("absenties.csv: rijen van " + leerlingId + " niet op datum");
        }
        vorigeDag = dag;
        char c = (char) b[f4 + 1];
        int code = switch (c) {
            case 'O' -> 0; case 'L' -> 1; case 'T' -> 2; case 'Z' -> 3; default -> 4;
        };
        dagen.voegToe(dag, CODES[code], getal(b, f3 + 1, f4), f6 > f5 + 1 ? getal(b, f5 + 1, f6) : 0,
                tot > f6 + 1 ? datum(b, f6 + 1) : Absentiedagen.GEEN_DATUM);
        bank.rijen++;
    }

    private static final int[] CODES = {
        nl.inbeeld.aanwezigheid.Absentiecode.ONGEOORLOOFD.ordinal(), nl.inbeeld.aanwezigheid.Absentiecode.LUXE.ordinal(),
        nl.inbeeld.aanwezigheid.Absentiecode.TE_LAAT.ordinal(), nl.inbeeld.aanwezigheid.Absentiecode.ZIEK.ordinal(),
        nl.inbeeld.aanwezigheid.Absentiecode.VERLOF.ordinal()};

    private void nieuweLeerling(byte[] b, int van, int tot) {
        sluitGroep();
        school = -1;
        scholenVanLeerling.clear();
        vorigeLeerlingLengte = tot - van;
        System.arraycopy(b, van, vorigeLeerling, 0, tot - van);
        leerlingId = new String(b, van, tot - van, StandardCharsets.US_ASCII);
        while (true) {
            if (!personen.hasNext()) {
                throw new IllegalStateException("absenties.csv: " + leerlingId + " niet (in volgorde) in leerlingen.csv");
            }
            CsvRecord r = personen.next();
            if (!r.getField(0).equals(leerlingId)) continue;
            String sk = r.getField(3);
            leerling = new Leerling(new LeerlingId(leerlingId), LocalDate.parse(r.getField(1)),
                    new Gemeentecode(r.getField(2)), sk.isEmpty() ? null : LocalDate.parse(sk));
            return;
        }
    }

    private void nieuweSchool(byte[] b, int van, int tot) {
        sluitGroep();
        String id = new String(b, van, tot - van, StandardCharsets.US_ASCII);
        Integer nummer = bank.schoolNummer.get(id);
        if (nummer == null) throw new IllegalStateException("absenties.csv: onbekende school " + id);
        if (scholenVanLeerling.contains(nummer)) {
            throw new IllegalStateException("absenties.csv: rijen van " + leerlingId + " bij " + id + " niet bij elkaar");
        }
        scholenVanLeerling.add(nummer);
        school = nummer;
        System.arraycopy(b, van, vorigeSchool, 0, 6);
    }

    private void sluitGroep() {
        if (rijenInGroep == 0) return;
        var stand = bank.standen.get(school);
        bank.eersteDag = Math.min(bank.eersteDag, eersteDag);
        bank.laatsteDag = Math.max(bank.laatsteDag, vorigeDag);
        bank.sluitGroep(leerlingId, school, stand.index(eersteDag, vorigeDag),
                Groepen.van(leerling, stand.kalender(), instellingen, art15.getOrDefault(leerlingId, List.of())));
        rijenInGroep = 0;
    }

    private static int komma(byte[] b, int van, int tot) {
        for (int i = van; i < tot; i++) if (b[i] == ',') return i;
        return tot;
    }

    private static boolean zelfde(byte[] b, int van, int tot, byte[] vorige, int lengte) {
        if (tot - van != lengte) return false;
        for (int i = 0; i < lengte; i++) if (b[van + i] != vorige[i]) return false;
        return true;
    }

    private static int getal(byte[] b, int van, int tot) {
        int n = 0;
        for (int i = van; i < tot; i++) n = n * 10 + (b[i] - '0');
        return n;
    }

    /** yyyy-MM-dd at {@code van} as an epoch day. */
    private static int datum(byte[] b, int van) {
        int j = getal(b, van, van + 4), m = getal(b, van + 5, van + 7), d = getal(b, van + 8, van + 10);
        return (int) LocalDate.of(j, m, d).toEpochDay();
    }

    private static CsvReader<CsvRecord> lezer(Path pad) throws IOException {
        return CsvReader.builder().ofCsvRecord(pad);
    }
}
