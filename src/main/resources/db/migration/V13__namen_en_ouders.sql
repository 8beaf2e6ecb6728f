-- Issue 10 item 8, spec §7 (v1.1): a pupil's name and class (optional columns of leerlingen.csv) belong to the
-- pupil's core data, under the same reach and history as the rest of it; the parents of ouders.csv (key leerling_id,
-- naam) with their addresses, with history as every imported table. Lengths as checked on import
-- (nl.inbeeld.leerling.Naam, nl.inbeeld.leerling.Ouder).
alter table leerling add column voornamen varchar(200), add column tussenvoegsel varchar(40),
    add column achternaam varchar(200), add column klas varchar(40);

create table ouder (
    leerling_id varchar(64)  not null references leerling,
    naam        varchar(200) not null,
    adres       varchar(200) not null,
    postcode    char(7)      not null check (postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$'),
    woonplaats  varchar(100) not null,
    email       varchar(254),
    telefoon    varchar(40),
    primary key (leerling_id, naam)
);
create trigger ouder_historie after update or delete on ouder
    for each row execute function leg_wijziging_vast('leerling_id', 'naam');

