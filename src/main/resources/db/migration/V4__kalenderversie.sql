-- A version number of the schools and their calendars, changed by every statement that changes them, so that
-- detection can keep the calendars in memory and reload them only when they changed (also by another process).
-- The number comes from a sequence: it is never reused, not even after a rolled-back change.
create sequence kalenderversie_nummer;
create table kalenderversie (versie bigint not null);
insert into kalenderversie values (nextval('kalenderversie_nummer'));

create function kalenderversie_ophogen() returns trigger language plpgsql as $$
begin
    update kalenderversie set versie = nextval('kalenderversie_nummer');
    return null;
end $$;

create trigger school_versie after insert or update or delete or truncate on school
    for each statement execute function kalenderversie_ophogen();
create trigger kalender_versie after insert or update or delete or truncate on kalender
    for each statement execute function kalenderversie_ophogen();
