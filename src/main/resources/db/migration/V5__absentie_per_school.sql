-- The school's recent absence (dashboard: pupils approaching 16 hours) without scanning the whole administration.
create index absentie_school_datum on absentie (school_id, datum) include (code, minuten);
