package nl.inbeeld.melding;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The test administration: school 21AB00 (account klimboom) and 21AH00 (stedelijk); L-B1 (rules.md B1) and L-B6
 * (B6: 6 h a day from Mon 2025-09-01, 24 school days) at 21AB00, living in Arnhem (GM0202); L-NIJ at 21AH00,
 * living in Nijmegen (GM0268), with 16 hours in the week of 2025-09-15. L-B1 is also late 3 times (TE_LAAT_HERHAALD).
 */
final class Testregio {

    private Testregio() {}

    /** The test region with L-B1's 16-hour signal recomputed; returns the id of its melding draft. */
    static long metB1Concept(JdbcClient jdbc, nl.inbeeld.verzuim.Signaaldetectie detectie) {
        vul(jdbc);
        detectie.herbereken(java.util.Set.of(new nl.inbeeld.leerling.LeerlingId("L-B1")));
        return jdbc.sql("select id from melding where leerling_id = 'L-B1'").query(Long.class).single();
    }

    static void vul(JdbcClient jdbc) {
        jdbc.sql("truncate school, kalender, leerling, inschrijving, absentie, bevolking, signaal, wijziging,"
                + " melding, melding_signaal cascade").update();
        jdbc.sql("""
                insert into school values ('21AB00', 'De Klimboom', 'PO', 'GM0202', 'MIDDEN', 360),
                                          ('21AH00', 'Stedelijk College', 'VO', 'GM0268', 'MIDDEN', 360);
                insert into kalender values ('21AB00', '2025-10-18', '2025-10-26', 'VAKANTIE', 'herfstvakantie'),
                                            ('21AH00', '2025-10-18', '2025-10-26', 'VAKANTIE', 'herfstvakantie');
                insert into leerling values ('L-B1', '2015-03-01', 'GM0202', null), ('L-B6', '2014-05-01', 'GM0202', null),
                                            ('L-NIJ', '2012-06-01', 'GM0268', null);
                insert into inschrijving values ('L-B1', '21AB00', '2025-08-25', null), ('L-B6', '21AB00', '2025-08-25', null),
                                                ('L-NIJ', '21AH00', '2025-08-25', null);
                insert into absentie (leerling_id, school_id, datum, code, minuten, vastgelegd_door, vastgelegd_op) values
                  ('L-B1', '21AB00', '2025-09-08', 'ONGEOORLOOFD', 240, 'test', now()),
                  ('L-B1', '21AB00', '2025-09-17', 'ONGEOORLOOFD', 240, 'test', now()),
                  ('L-B1', '21AB00', '2025-09-23', 'ONGEOORLOOFD', 240, 'test', now()),
                  ('L-B1', '21AB00', '2025-10-02', 'ONGEOORLOOFD', 240, 'test', now()),
                  ('L-B1', '21AB00', '2025-09-02', 'TE_LAAT', 5, 'test', now()),
                  ('L-B1', '21AB00', '2025-09-04', 'TE_LAAT', 5, 'test', now()),
                  ('L-B1', '21AB00', '2025-09-05', 'TE_LAAT', 5, 'test', now()),
                  ('L-NIJ', '21AH00', '2025-09-15', 'ONGEOORLOOFD', 360, 'test', now()),
                  ('L-NIJ', '21AH00', '2025-09-16', 'ONGEOORLOOFD', 360, 'test', now()),
                  ('L-NIJ', '21AH00', '2025-09-17', 'ONGEOORLOOFD', 360, 'test', now());
                insert into absentie (leerling_id, school_id, datum, code, minuten, vastgelegd_door, vastgelegd_op)
                  select 'L-B6', '21AB00', d::date, 'ONGEOORLOOFD', 360, 'test', now()
                  from generate_series('2025-09-01'::date, '2025-10-02'::date, '1 day') d
                  where extract(isodow from d) < 6
                """).update();
    }
}
