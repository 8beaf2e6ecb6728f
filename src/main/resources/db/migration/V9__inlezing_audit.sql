-- Issue 11: an import puts every pupil whose core data it changed into the audit log, in one statement that reads
-- that inlezing's history rows of table leerling. Only those rows are indexed: absence corrections (most history
-- rows) are not slowed.
create index wijziging_leerling_inlezing on wijziging (inlezing_id) where tabel = 'leerling';
