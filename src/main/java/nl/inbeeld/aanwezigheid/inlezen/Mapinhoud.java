package nl.inbeeld.aanwezigheid.inlezen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.inbeeld.aanwezigheid.Afkeuring;
import nl.inbeeld.leerling.Inschrijving;
import nl.inbeeld.leerling.Leerling;
import nl.inbeeld.leerling.Ouder;
import nl.inbeeld.leerling.Verblijfperiode;
import nl.inbeeld.school.School;
import nl.inbeeld.vrijstelling.Vrijstelling;

/** What a folder holds after parsing: the rows whose fields are valid, and the rejections so far. */
final class Mapinhoud {

    final Path map;
    final Set<Bestand> aanwezig = EnumSet.noneOf(Bestand.class);
    final Map<Bestand, Long> gelezen = new EnumMap<>(Bestand.class);
    final List<Afkeuring> afkeuringen = new ArrayList<>();
    List<Rij<School>> scholen = new ArrayList<>();
    List<Rij<Kalenderrij>> kalender = new ArrayList<>();
    List<Rij<Leerling>> leerlingen = new ArrayList<>();
    List<Rij<Inschrijving>> inschrijvingen = new ArrayList<>();
    List<Rij<Verblijfperiode>> bevolking = new ArrayList<>();
    List<Rij<Vrijstelling>> vrijstellingen = new ArrayList<>();
    List<Rij<Ouder>> ouders = new ArrayList<>();
    final Absentietabel absenties = new Absentietabel();

    private Mapinhoud(Path map) {
        this.map = map;
    }

    /**
     * The folder and which files of the format it holds; nothing is parsed yet ({@link #leesStam},
     * {@link #leesAbsenties}).
     *
     * @throws IllegalArgumentException when {@code map} is not a folder or holds none of the files
     */
    static Mapinhoud open(Path map) {
        if (!Files.isDirectory(map)) throw new IllegalArgumentException("Map bestaat niet: " + map);
        var inhoud = new Mapinhoud(map);
        for (Bestand b : Bestand.values()) {
            if (Files.isRegularFile(map.resolve(b.naam()))) inhoud.aanwezig.add(b);
        }
        if (inhoud.aanwezig.isEmpty()) {
            throw new IllegalArgumentException("Map " + map + " bevat geen bestanden van uitwisselformaat v1 ("
                    + String.join(", ", java.util.Arrays.stream(Bestand.values()).map(Bestand::naam).toList()) + ")");
        }
        return inhoud;
    }

    /** Parses the files other than absenties.csv. */
    void leesStam() {
        scholen = lees(Bestand.SCHOLEN, Rijlezers::school);
        kalender = lees(Bestand.KALENDER, Rijlezers::kalender);
        leerlingen = lees(Bestand.LEERLINGEN, Rijlezers::leerling);
        inschrijvingen = lees(Bestand.INSCHRIJVINGEN, Rijlezers::inschrijving);
        bevolking = lees(Bestand.BEVOLKING, Rijlezers::verblijf);
        vrijstellingen = lees(Bestand.VRIJSTELLINGEN, Rijlezers::vrijstelling);
        ouders = lees(Bestand.OUDERS, Rijlezers::ouder);
    }

    /** What parsing absenties.csv gave: the number of records, the rejected ones and the valid rows. */
    record Absentielezing(long gelezen, List<Afkeuring> afkeuringen, Absentietabel.Folderrijen rijen) {}

    /**
     * Parses absenties.csv, if present, into {@link #absenties}, whose {@link Absentietabel#aanvoer} hands the rows on
     * while they come. Touches nothing else of this object, so it can run on its own thread beside
     * {@link #leesStam}; {@link #voegToe} adds the outcome afterwards.
     */
    Absentielezing leesAbsenties() {
        List<Afkeuring> afgekeurd = new ArrayList<>();
        long gelezen;
        try {
            gelezen = !aanwezig.contains(Bestand.ABSENTIES) ? 0 : CsvLezer.lees(map.resolve(Bestand.ABSENTIES.naam()),
                    Bestand.ABSENTIES, afgekeurd, new AbsentieLezer(absenties));
        } finally {
            absenties.sluit();
        }
        return new Absentielezing(gelezen, afgekeurd, absenties.folderrijen());
    }

    void voegToe(Absentielezing lezing) {
        if (aanwezig.contains(Bestand.ABSENTIES)) gelezen.put(Bestand.ABSENTIES, lezing.gelezen());
        afkeuringen.addAll(lezing.afkeuringen());
    }

    private <T> List<Rij<T>> lees(Bestand b, Function<Velden, T> rijlezer) {
        List<Rij<T>> rijen = new ArrayList<>();
        if (!aanwezig.contains(b)) return rijen;
        gelezen.put(b, CsvLezer.lees(map.resolve(b.naam()), b, afkeuringen, v -> {
            T waarde = rijlezer.apply(v);
            if (waarde != null) rijen.add(new Rij<>(v.regel(), waarde));
        }));
        return rijen;
    }
}
