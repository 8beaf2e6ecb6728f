-- Verzuimmeldingen to the woongemeente (rules.md 2.3), their status and the terugkoppeling to the school.
create table melding (
    id                bigserial   primary key,
    soort             varchar(20) not null check (soort in ('VERZUIM_16_UUR','LANGDURIG_RELATIEF','LUXE_VERZUIM','RMC','OVERIG')),
    leerling_id       varchar(64) not null,
    school_id         varchar(6)  not null,
    melden_aan        char(6)     not null,
    begindatum        date        not null,
    einddatum         date        not null,
    minuten           integer,
    -- the einddatum of the melding's first signal: start of its 7-day bundling window (DUO, rules.md 2.3.6)
    bundelstart       date        not null,
    -- the signal soort it came from; null for an overig melding made by hand
    bron              varchar(32),
    toelichting       text,
    wat_school_deed   text,
    status            varchar(16) not null check (status in ('CONCEPT','VERZONDEN','IN_BEHANDELING','AFGESLOTEN','VERVALLEN')),
    -- null for OVERIG: no legal term
    deadline          date,
    aangemaakt_op     date        not null,
    verzonden_op      date,
    verzonden_door    text,
    in_behandeling_op date,
    behandelaar       text,
    afgesloten_op     date,
    uitkomst          varchar(20) check (uitkomst in ('GESPREK_GEVOERD','WAARSCHUWING','HALT','PROCES_VERBAAL','ZORGTRAJECT','GEEN_ACTIE')),
    terugkoppeling    text,
    vervallen_op      date,
    check (einddatum >= begindatum),
    check ((status = 'AFGESLOTEN') = (uitkomst is not null))
);
create index melding_school on melding (school_id, status);
create index melding_melden_aan on melding (melden_aan, status);
create index melding_leerling on melding (leerling_id);

-- Which signals a draft was made from, by the signal's natural key: signals are recomputed by delete and
-- insert, so the key (not a row id) links a signal to its melding. One signal, one melding.
create table melding_signaal (
    melding_id  bigint      not null references melding,
    leerling_id varchar(64) not null,
    school_id   varchar(6)  not null,
    soort       varchar(32) not null,
    einddatum   date        not null,
    begindatum  date        not null,
    minuten     integer,
    primary key (leerling_id, school_id, soort, einddatum)
);
create index melding_signaal_melding on melding_signaal (melding_id);
