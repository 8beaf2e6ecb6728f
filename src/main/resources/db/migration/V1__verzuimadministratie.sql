-- InBeeld schema v1: the absence administration (uitwisselformaat v1) and the signals detected from it.

create table inlezing (
    id              bigserial primary key,
    gestart_op      timestamptz not null,
    door            text        not null,
    bron            text        not null,
    gedeeltelijk    boolean     not null,
    opgeslagen      integer     not null default 0,
    afgekeurd       integer     not null default 0
);

create table school (
    school_id           varchar(6)  primary key,
    naam                text        not null,
    sector              varchar(4)  not null,
    gemeente            char(6)     not null,
    vakantieregio       varchar(6)  not null,
    lesminuten_per_dag  smallint    not null check (lesminuten_per_dag between 1 and 720)
);

create table kalender (
    school_id     varchar(6)  not null references school,
    van           date        not null,
    tot_en_met    date        not null,
    soort         varchar(10) not null check (soort in ('VAKANTIE', 'VRIJE_DAG')),
    omschrijving  text,
    primary key (school_id, van),
    check (tot_en_met >= van)
);

create table leerling (
    leerling_id          varchar(64) primary key,
    geboortedatum        date        not null,
    woongemeente         char(6)     not null,
    startkwalificatie_op date
);

create table inschrijving (
    leerling_id  varchar(64) not null references leerling,
    school_id    varchar(6)  not null references school,
    van          date        not null,
    tot_en_met   date,
    primary key (leerling_id, school_id, van)
);

-- The verzuimadministratie: one row per pupil, school, day and code. Who stored it is on the row
-- (the inlezing or the user); every replaced or removed value is kept in wijziging.
create table absentie (
    leerling_id     varchar(64) not null,
    school_id       varchar(6)  not null,
    datum           date        not null,
    code            varchar(12) not null check (code in ('ONGEOORLOOFD','LUXE','TE_LAAT','ZIEK','RELIGIEUS','VERLOF','SCHORSING')),
    minuten         smallint    not null check (minuten between 1 and 720),
    aantal          smallint,
    gemeld_op       date,
    inlezing_id     bigint,
    vastgelegd_door text        not null,
    vastgelegd_op   timestamptz not null,
    primary key (leerling_id, school_id, datum, code)
);

create table bevolking (
    persoon_id    varchar(64) not null,
    geboortedatum date        not null,
    gemeente      char(6)     not null,
    van           date        not null,
    tot_en_met    date,
    primary key (persoon_id, gemeente, van)
);

create table vrijstelling (
    leerling_id      varchar(64) not null references leerling,
    grond            varchar(3)  not null check (grond in ('5A','5B','5C','15','3A','3B')),
    van              date        not null,
    tot_en_met       date,
    kennisgeving_op  date,
    primary key (leerling_id, grond, van)
);

-- History of the administration: every replaced or removed row, with who, when and the old value.
create table wijziging (
    id             bigserial   primary key,
    tabel          text        not null,
    sleutel        text        not null,
    oude_waarde    jsonb       not null,
    nieuwe_waarde  jsonb,
    door           text        not null,
    op             timestamptz not null,
    inlezing_id    bigint
);
create index wijziging_sleutel on wijziging (tabel, sleutel);

-- The trigger's arguments name the key columns of the table.
create function leg_wijziging_vast() returns trigger language plpgsql as $$
declare
    oud jsonb := to_jsonb(old);
    sleutel text := '';
    i int;
begin
    for i in 0 .. tg_nargs - 1 loop
        sleutel := sleutel || case when i > 0 then '|' else '' end || coalesce(oud ->> tg_argv[i], '');
    end loop;
    insert into wijziging (tabel, sleutel, oude_waarde, nieuwe_waarde, door, op, inlezing_id)
    values (tg_table_name, sleutel, oud,
            case when tg_op = 'UPDATE' then to_jsonb(new) end,
            coalesce(nullif(current_setting('inbeeld.door', true), ''), session_user),
            coalesce(nullif(current_setting('inbeeld.tijdstip', true), '')::timestamptz, now()),
            nullif(current_setting('inbeeld.inlezing', true), '')::bigint);
    return null;
end $$;

create trigger absentie_historie after update or delete on absentie
    for each row execute function leg_wijziging_vast('leerling_id', 'school_id', 'datum', 'code');
create trigger leerling_historie after update or delete on leerling
    for each row execute function leg_wijziging_vast('leerling_id');
create trigger inschrijving_historie after update or delete on inschrijving
    for each row execute function leg_wijziging_vast('leerling_id', 'school_id', 'van');
create trigger school_historie after update or delete on school
    for each row execute function leg_wijziging_vast('school_id');
create trigger kalender_historie after update or delete on kalender
    for each row execute function leg_wijziging_vast('school_id', 'van');
create trigger bevolking_historie after update or delete on bevolking
    for each row execute function leg_wijziging_vast('persoon_id', 'gemeente', 'van');
create trigger vrijstelling_historie after update or delete on vrijstelling
    for each row execute function leg_wijziging_vast('leerling_id', 'grond', 'van');

-- Signals (spec §4–§5): facts derived from the administration, recomputed per pupil when it changes.
create table signaal (
    leerling_id  varchar(64) not null,
    school_id    varchar(6)  not null,
    soort        varchar(32) not null,
    begindatum   date        not null,
    einddatum    date        not null,
    minuten      integer,
    aantal       integer,
    melden_aan   char(6),
    woongemeente char(6)     not null,
    verplicht    boolean     not null
);
create index signaal_woongemeente on signaal (woongemeente, einddatum);
create index signaal_school on signaal (school_id, einddatum);
create index signaal_leerling on signaal (leerling_id);
create index signaal_einddatum on signaal (einddatum);
