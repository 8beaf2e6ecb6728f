-- Issue 4: what made a bulk import slow, measured at 200,000 pupils.
--
-- The dashboard finds a school's pupils through their enrolments and reads their recent absence by primary key,
-- so absentie needs no second index: absentie_school_datum made the COPY of the absence rows twice as slow.
drop index absentie_school_datum;
create index inschrijving_school on inschrijving (school_id, leerling_id);

-- The foreign keys of inschrijving locked every referenced pupil and school row (FOR KEY SHARE) for each enrolment
-- written: 3.5 s of a 200,000-pupil import. The import checks both references for every row (Controle) before it
-- stores anything, and enrolments are only written by the import.
alter table inschrijving drop constraint inschrijving_leerling_id_fkey;
alter table inschrijving drop constraint inschrijving_school_id_fkey;

-- Signals are read per school, per gemeente and per pupil (each with its own index); a listing over all schools
-- reads everything up to the peildatum anyway, so an index on einddatum alone only slowed every signal write.
drop index signaal_einddatum;
