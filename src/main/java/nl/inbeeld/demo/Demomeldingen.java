package nl.inbeeld.demo;

import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo region's meldingen in every state, as a school year of work would have left them: after the import the
 * drafts stand as detection made them; this moves the older ones along the flow (sent on time or late, taken in
 * behandeling by the leerplichtambtenaar of the woongemeente, closed with an uitkomst and a terugkoppeling), and
 * leaves the recent ones and a few overdue ones as drafts. Deterministic: the same region gives the same states.
 * Done in SQL on the demo's own data, because the flow's services stamp every step with the clock's today.
 */
final class Demomeldingen {

    private Demomeldingen() {}

    static void doorlopen(JdbcClient jdbc, LocalDate vandaag) {
        Date dag = Date.valueOf(vandaag);
        // every draft that ended more than five days ago is sent, except every seventh (overdue drafts) and each school's newest
        // of each kind (the school's work of today); every fifth is sent late
        jdbc.sql("""
                with c as (
                  select id, deadline, einddatum, row_number() over (order by school_id, einddatum, id) as n,
                    row_number() over (partition by school_id, soort order by einddatum desc, id desc) as nieuwste
                  from melding where status = 'CONCEPT' and soort <> 'OVERIG')
                update melding m set status = 'VERZONDEN',
                  verzonden_op = greatest(coalesce(m.verzendbaar_vanaf, c.einddatum),
                    case when c.n % 5 = 0 then least(c.deadline + 3, ?::date) else least(c.einddatum + 2, c.deadline) end),
                  verzonden_door = case m.school_id when '21AB00' then 'klimboom'
                                   when '21AH00' then 'stedelijk' when '21AJ00' then 'stedelijk' else 'school.' || lower(m.school_id) end,
                  wat_school_deed = (array['Gesprek met ouders en leerling; afspraken over aanwezigheid gemaakt.',
                                           'Ouders gebeld en uitgenodigd; niet verschenen.',
                                           'Mentor heeft met de leerling gesproken; verzuim ging door.',
                                           'Zorgoverleg gehouden; ouders per brief geïnformeerd.'])[1 + c.n % 4]
                from c where m.id = c.id and c.n % 7 <> 0 and c.nieuwste > 1 and c.einddatum < ?::date - 5""")
                .params(dag, dag).update();
        // sent more than a week ago: in behandeling by the leerplichtambtenaar of the woongemeente
        jdbc.sql("""
                update melding set status = 'IN_BEHANDELING', in_behandeling_op = verzonden_op + 2,
                  behandelaar = case melden_aan when 'GM0202' then 'lpa.arnhem' when 'GM0268' then 'lpa.nijmegen'
                                when 'GM1734' then 'lpa.overbetuwe' else 'lpa.' || lower(melden_aan) end
                where status = 'VERZONDEN' and verzonden_op < ?::date - 7""").param(dag).update();
        // in behandeling for more than five weeks: closed with an uitkomst and a terugkoppeling the school sees
        jdbc.sql("""
                with c as (select id, row_number() over (order by id) as n from melding
                           where status = 'IN_BEHANDELING' and in_behandeling_op < ?::date - 35)
                update melding m set status = 'AFGESLOTEN', afgesloten_op = m.in_behandeling_op + 21,
                  uitkomst = (array['GESPREK_GEVOERD','WAARSCHUWING','HALT','ZORGTRAJECT','GESPREK_GEVOERD','PROCES_VERBAAL','GEEN_ACTIE'])[1 + c.n % 7],
                  terugkoppeling = (array['Gesprek gevoerd met leerling en ouders; afspraken vastgelegd. Wij horen graag als het verzuim terugkomt.',
                                          'Officiële waarschuwing gegeven. Bij nieuw verzuim graag direct melden.',
                                          'Leerling is naar Halt verwezen; de school hoort de uitkomst.',
                                          'Gezin is in contact gebracht met het wijkteam; het verzuim is afgenomen.',
                                          'Gesprek op het gemeentehuis; de leerling is weer op school.',
                                          'Proces-verbaal opgemaakt tegen de ouders.',
                                          'Na gesprek bleek het verzuim verklaard; geen verdere actie.'])[1 + c.n % 7]
                from c where m.id = c.id""").param(dag).update();
    }
}
