-- Audit log (AVG): every read and change of pupil-level data. Append only.
create table audit (
    id          bigserial   primary key,
    op          timestamptz not null,
    gebruiker   text        not null,
    rol         text        not null,
    handeling   text        not null,
    leerling_id varchar(64),
    doel        text        not null
);
create index audit_leerling on audit (leerling_id, op);

create function audit_alleen_toevoegen() returns trigger language plpgsql as $$
begin
    raise exception 'het auditlog is alleen aan te vullen';
end $$;

create trigger audit_onveranderlijk before update or delete on audit
    for each statement execute function audit_alleen_toevoegen();
