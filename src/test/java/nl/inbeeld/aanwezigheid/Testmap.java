package nl.inbeeld.aanwezigheid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A small valid folder in uitwisselformaat v1, and helpers to write and count. */
public final class Testmap {

    public static final String[] TABELLEN = {"inlezing", "school", "kalender", "leerling", "inschrijving", "absentie",
            "bevolking", "vrijstelling", "wijziging"};

    private Testmap() {}

    /** File name → content: one PO school with the autumn holiday, three pupils, two absences. */
    public static Map<String, String> geldig() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("scholen.csv", """
                school_id,naam,sector,gemeente,vakantieregio,lesminuten_per_dag
                12AB00,De Regenboog,PO,GM0363,NOORD,
                34CD01,Het Lyceum,VO,GM0599,MIDDEN,330
                """);
        m.put("kalender.csv", """
                school_id,van,tot_en_met,soort,omschrijving
                12AB00,2025-10-18,2025-10-26,VAKANTIE,herfstvakantie
                12AB00,2025-11-14,2025-11-14,VRIJE_DAG,
                """);
        m.put("leerlingen.csv", """
                leerling_id,geboortedatum,woongemeente,startkwalificatie_op
                L-1,2016-03-01,GM0363,
                L-2,2015-07-15,GM0394,
                L-3,2010-01-20,GM0599,
                """);
        m.put("inschrijvingen.csv", """
                leerling_id,school_id,van,tot_en_met
                L-1,12AB00,2025-08-01,
                L-2,12AB00,2025-08-01,2026-07-31
                L-3,34CD01,2025-11-01,
                """);
        m.put("absenties.csv", """
                leerling_id,school_id,datum,minuten,code,aantal,gemeld_op
                L-1,12AB00,2025-10-06,120,ONGEOORLOOFD,,
                L-2,12AB00,2025-10-07,15,TE_LAAT,,2025-10-07
                """);
        m.put("bevolking.csv", """
                persoon_id,geboortedatum,gemeente,van,tot_en_met
                L-1,2016-03-01,GM0363,2016-03-01,
                """);
        m.put("vrijstellingen.csv", """
                leerling_id,grond,van,tot_en_met,kennisgeving_op
                L-3,5A,2025-09-01,2026-07-31,2025-08-20
                """);
        return m;
    }

    public static Path schrijf(Path map, Map<String, String> bestanden) {
        try {
            Files.createDirectories(map);
            for (var e : bestanden.entrySet()) Files.writeString(map.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void leeg(JdbcClient jdbc) {
        jdbc.sql("truncate " + String.join(", ", TABELLEN) + ", signaal restart identity cascade").update();
    }

    public static Map<String, Long> tellingen(JdbcClient jdbc) {
        Map<String, Long> n = new LinkedHashMap<>();
        for (String t : TABELLEN) n.put(t, jdbc.sql("select count(*) from " + t).query(Long.class).single());
        return n;
    }
}
