-- Spec v1.1 §7, bundling (DUO: at most one melding per pupil per 7 calendar days): a follow-up draft of a melding
-- sent less than 7 days before its signal may be sent from this day on; null when it may be sent at once.
alter table melding add column verzendbaar_vanaf date;
