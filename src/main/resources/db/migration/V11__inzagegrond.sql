-- Issue 11: leerplicht sees a resident's pupil-level data only with a ground (AVG art. 5 lid 1 b and c;
-- rules.md §9). The grounds are one view, so that every module's query asks the same question; a new ground
-- (zaak, absolute-verzuim finding, verlof matter) is one more branch of this view in its own migration.

-- Where a pupil lived on a day: the latest-starting population-register period that covers the day, otherwise the
-- woongemeente of the pupil's own record (the same reading as leerling.Woongemeente in Java).
create function woongemeente_op(p_leerling varchar, p_dag date) returns char(6) language sql stable as $$
    select coalesce(
        (select b.gemeente from bevolking b
          where b.persoon_id = p_leerling and b.van <= p_dag and (b.tot_en_met is null or b.tot_en_met >= p_dag)
          order by b.van desc limit 1),
        (select l.woongemeente from leerling l where l.leerling_id = p_leerling))
$$;

-- The Monday of the n-th lesweek before the week of p_datum at a school: a lesweek is a calendar week with at least
-- one weekday outside the school's holidays and free days (school.Schoolkalender). Looks back at most a year.
create function lesweken_terug(p_school varchar, p_datum date, p_aantal int) returns date language sql stable as $$
    select coalesce(min(w.maandag), date_trunc('week', p_datum::timestamp)::date - 7 * p_aantal)
    from (
        select m::date as maandag
        from generate_series(date_trunc('week', p_datum::timestamp) - interval '7 days',
                             date_trunc('week', p_datum::timestamp) - interval '53 weeks', interval '-7 days') as m
        where exists (
            select 1 from generate_series(m, m + interval '4 days', interval '1 day') as d
            where not exists (select 1 from kalender k
                              where k.school_id = p_school and d::date between k.van and k.tot_en_met))
        order by m desc
        limit p_aantal) w
$$;

-- One row per ground on which a gemeente's leerplicht may see a pupil's data.
--   grond         MELDING: a melding the school sent to this gemeente (its content, the absence rows from the 4
--                 lesweken before its begindatum to its einddatum, the pupil's mandatory signals);
--                 VRIJSTELLING: an exemption of a resident (the pupil's core data and the exemption, no absence rows).
--   van, tot_en_met  the days whose absence rows the ground opens; null for a ground that opens none.
create view inzagegrond as
    select m.leerling_id, m.melden_aan as gemeente, 'MELDING'::text as grond, m.id as verwijzing,
           lesweken_terug(m.school_id, m.begindatum, 4) as van, m.einddatum as tot_en_met
    from melding m
    where m.status in ('VERZONDEN', 'IN_BEHANDELING', 'AFGESLOTEN')
    union all
    select v.leerling_id, g.gemeente, 'VRIJSTELLING', null, null, null
    from vrijstelling v
    cross join lateral (select woongemeente_op(v.leerling_id, v.van) as gemeente
                        union select l.woongemeente from leerling l where l.leerling_id = v.leerling_id) g;

-- Break-glass (BEHEERDER): pupil data only through an explicit inzage with a reason, for a limited time; every one is
-- also in the audit log and listed on the audit page.
create table inzage_met_reden (
    id          bigserial   primary key,
    gebruiker   text        not null,
    leerling_id varchar(64) not null,
    reden       text        not null check (length(reden) between 10 and 1000),
    op          timestamptz not null,
    geldig_tot  timestamptz not null
);
create index inzage_met_reden_gebruiker on inzage_met_reden (gebruiker, geldig_tot);
