-- Issue 11, hardening. Every audit entry says whether the request was carried out or refused. Entries written before
-- this column existed are GEDAAN; a refusal then was written as a handeling starting with "GEWEIGERD" (the log is
-- append only, so they are not rewritten).
alter table audit add column uitkomst text not null default 'GEDAAN' check (uitkomst in ('GEDAAN', 'GEWEIGERD'));

-- Free text has a length limit: the application refuses longer input with a Dutch message; these checks are the last
-- line of defence (limits in nl.inbeeld.melding.Meldingrechten).
alter table melding add constraint melding_toelichting_lengte check (length(toelichting) <= 2000),
    add constraint melding_wat_school_deed_lengte check (length(wat_school_deed) <= 2000),
    add constraint melding_terugkoppeling_lengte check (length(terugkoppeling) <= 2000);
