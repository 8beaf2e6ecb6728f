-- The history trigger of V1 names old.van etc. in one CASE expression; PL/pgSQL resolves every branch against
-- the row type, so an update on a table without such a column fails ("record old has no field van").
-- Same function, with the key read from the row as jsonb.
create or replace function leg_wijziging_vast() returns trigger language plpgsql as $$
declare
    oud jsonb := to_jsonb(old);
    sleutel text;
begin
    sleutel := case tg_table_name
        when 'absentie' then concat_ws('|', oud->>'leerling_id', oud->>'school_id', oud->>'datum', oud->>'code')
        when 'leerling' then oud->>'leerling_id'
        when 'inschrijving' then concat_ws('|', oud->>'leerling_id', oud->>'school_id', oud->>'van')
        when 'school' then oud->>'school_id'
        when 'kalender' then concat_ws('|', oud->>'school_id', oud->>'van')
        when 'vrijstelling' then concat_ws('|', oud->>'leerling_id', oud->>'grond', oud->>'van')
        else '?' end;
    insert into wijziging (tabel, sleutel, oude_waarde, nieuwe_waarde, door, op, inlezing_id)
    values (tg_table_name, sleutel, oud,
            case when tg_op = 'UPDATE' then to_jsonb(new) end,
            coalesce(nullif(current_setting('inbeeld.door', true), ''), session_user),
            coalesce(nullif(current_setting('inbeeld.tijdstip', true), '')::timestamptz, now()),
            nullif(current_setting('inbeeld.inlezing', true), '')::bigint);
    return null;
end $$;
