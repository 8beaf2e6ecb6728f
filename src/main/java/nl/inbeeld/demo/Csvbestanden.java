package nl.inbeeld.demo;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.inbeeld.school.Kalenderperiode;
import nl.inbeeld.school.School;

/**
 * The eight CSV files of a folder in uitwisselformaat v1.1 (spec §1, §7), written at once through FastCSV with large
 * buffers, counting the rows of each. Dates and small numbers come from caches, so a row costs no formatting.
 */
final class Csvbestanden implements AutoCloseable {

    private static final int BUFFER = 1 << 16;
    private static final long EERSTE_DAG = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final String[] DATUM = new String[12_000];
    private static final String[] GETAL = new String[721];

    static {
        for (int i = 0; i < DATUM.length; i++) DATUM[i] = LocalDate.ofEpochDay(EERSTE_DAG + i).toString();
        for (int i = 0; i < GETAL.length; i++) GETAL[i] = Integer.toString(i);
    }

    private final CsvWriter scholen, kalender, leerlingen, inschrijvingen, absenties, bevolking, vrijstellingen, ouders;
    private long nScholen, nKalender, nLeerlingen, nInschrijvingen, nAbsenties, nBevolking, nVrijstellingen, nOuders;

    Csvbestanden(Path map) {
        try {
            Files.createDirectories(map);
            scholen = open(map, "scholen.csv", "school_id", "naam", "sector", "gemeente", "vakantieregio",
                    "lesminuten_per_dag");
            kalender = open(map, "kalender.csv", "school_id", "van", "tot_en_met", "soort", "omschrijving");
            leerlingen = open(map, "leerlingen.csv", "leerling_id", "geboortedatum", "woongemeente",
                    "startkwalificatie_op", "voornamen", "tussenvoegsel", "achternaam", "klas");
            inschrijvingen = open(map, "inschrijvingen.csv", "leerling_id", "school_id", "van", "tot_en_met");
            absenties = open(map, "absenties.csv", "leerling_id", "school_id", "datum", "minuten", "code", "aantal",
                    "gemeld_op");
            bevolking = open(map, "bevolking.csv", "persoon_id", "geboortedatum", "gemeente", "van", "tot_en_met");
            vrijstellingen = open(map, "vrijstellingen.csv", "leerling_id", "grond", "van", "tot_en_met",
                    "kennisgeving_op");
            ouders = open(map, "ouders.csv", "leerling_id", "naam", "adres", "postcode", "woonplaats", "email",
                    "telefoon");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CsvWriter open(Path map, String naam, String... kolommen) throws IOException {
        CsvWriter w = CsvWriter.builder().bufferSize(BUFFER).build(map.resolve(naam), StandardCharsets.UTF_8);
        w.writeRecord(kolommen);
        return w;
    }

    static String datum(LocalDate d) {
        return d == null ? "" : datum(d.toEpochDay());
    }

    static String datum(long epochDag) {
        long i = epochDag - EERSTE_DAG;
        return i >= 0 && i < DATUM.length ? DATUM[(int) i] : LocalDate.ofEpochDay(epochDag).toString();
    }

    static String getal(int n) {
        return n >= 0 && n < GETAL.length ? GETAL[n] : Integer.toString(n);
    }

    void school(School s) {
        scholen.writeRecord(s.id().waarde(), s.naam(), s.sector().name(), s.gemeente().waarde(),
                s.vakantieregio().name(), getal(s.lesminutenPerDag()));
        nScholen++;
    }

    void kalender(String schoolId, Kalenderperiode p) {
        kalender.writeRecord(schoolId, datum(p.van()), datum(p.totEnMet()), p.soort().name(), p.omschrijving());
        nKalender++;
    }

    void leerling(String id, LocalDate geboortedatum, Gemeente woongemeente, LocalDate startkwalificatieOp,
            Namenmaker.Naam naam) {
        leerlingen.writeRecord(id, datum(geboortedatum), woongemeente.code().waarde(), datum(startkwalificatieOp),
                naam.voornamen(), leeg(naam.tussenvoegsel()), naam.achternaam(), leeg(naam.klas()));
        nLeerlingen++;
    }

    void ouder(String leerlingId, Namenmaker.Ouder o) {
        ouders.writeRecord(leerlingId, o.naam(), o.adres(), o.postcode(), o.woonplaats(), leeg(o.email()),
                leeg(o.telefoon()));
        nOuders++;
    }

    private static String leeg(String s) {
        return s == null ? "" : s;
    }

    void inschrijving(String leerlingId, String schoolId, LocalDate van, LocalDate totEnMet) {
        inschrijvingen.writeRecord(leerlingId, schoolId, datum(van), datum(totEnMet));
        nInschrijvingen++;
    }

    /** An absence row; {@code aantal} 0 and {@code gemeldOp} {@link Long#MIN_VALUE} are written empty. */
    void absentie(String leerlingId, String schoolId, long datum, int minuten, String code, int aantal,
            long gemeldOp) {
        absenties.writeRecord(leerlingId, schoolId, datum(datum), getal(minuten), code, aantal == 0 ? "" : getal(aantal),
                gemeldOp == Long.MIN_VALUE ? "" : datum(gemeldOp));
        nAbsenties++;
    }

    void bevolking(String persoonId, LocalDate geboortedatum, Gemeente gemeente, LocalDate van, LocalDate totEnMet) {
        bevolking.writeRecord(persoonId, datum(geboortedatum), gemeente.code().waarde(), datum(van), datum(totEnMet));
        nBevolking++;
    }

    void vrijstelling(String leerlingId, String grond, LocalDate van, LocalDate totEnMet, LocalDate kennisgevingOp) {
        vrijstellingen.writeRecord(leerlingId, grond, datum(van), datum(totEnMet), datum(kennisgevingOp));
        nVrijstellingen++;
    }

    Generatieresultaat resultaat() {
        return new Generatieresultaat(nScholen, nKalender, nLeerlingen, nInschrijvingen, nAbsenties, nBevolking,
                nVrijstellingen, nOuders);
    }

    @Override
    public void close() {
        IOException fout = null;
        for (CsvWriter w : new CsvWriter[] {scholen, kalender, leerlingen, inschrijvingen, absenties, bevolking,
                vrijstellingen, ouders}) {
            try {
                w.close();
            } catch (IOException e) {
                fout = e;
            }
        }
        if (fout != null) throw new UncheckedIOException(fout);
    }
}
