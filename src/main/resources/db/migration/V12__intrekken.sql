-- Issue 10 item 7: a school withdraws (intrekken) a sent melding with a reason, as DUO's Verzuimloket allows. The
-- melding keeps what it had (verzonden_op, behandelaar) and gains status INGETROKKEN, the day, who and why.
alter table melding drop constraint melding_status_check;
alter table melding add constraint melding_status_check
    check (status in ('CONCEPT','VERZONDEN','IN_BEHANDELING','AFGESLOTEN','VERVALLEN','INGETROKKEN'));
alter table melding add column ingetrokken_op date,
    add column ingetrokken_door text,
    add column intrekreden text constraint melding_intrekreden_lengte check (length(intrekreden) <= 2000),
    add constraint melding_ingetrokken check ((status = 'INGETROKKEN') = (ingetrokken_op is not null and intrekreden is not null));

-- A withdrawn melding stays a ground for leerplicht's view: it was sent, and leerplicht sees that it was withdrawn.
create or replace view inzagegrond as
    select m.leerling_id, m.melden_aan as gemeente, 'MELDING'::text as grond, m.id as verwijzing,
           lesweken_terug(m.school_id, m.begindatum, 4) as van, m.einddatum as tot_en_met
    from melding m
    where m.status in ('VERZONDEN', 'IN_BEHANDELING', 'AFGESLOTEN', 'INGETROKKEN')
    union all
    select v.leerling_id, g.gemeente, 'VRIJSTELLING', null, null, null
    from vrijstelling v
    cross join lateral (select woongemeente_op(v.leerling_id, v.van) as gemeente
                        union select l.woongemeente from leerling l where l.leerling_id = v.leerling_id) g;
