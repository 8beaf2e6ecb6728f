-- Accounts of InBeeld (issue 11): who may log in with a password, with which role and scope. The properties
-- inbeeld.accounts[i] only bootstrap this table (accounts that do not exist yet are inserted at start-up); the
-- beheer page /beheer/accounts changes it, and every change is in the audit log.
create table account (
    naam        varchar(100) primary key,
    -- the password as Spring Security's DelegatingPasswordEncoder stores it: {bcrypt}$2a$10$...; never plain
    wachtwoord  text        not null check (wachtwoord like '{bcrypt}%'),
    rol         varchar(20) not null check (rol in ('SCHOOL', 'LEERPLICHT', 'TEAMLEIDER', 'BEHEERDER')),
    -- scope: the schools (role SCHOOL) or gemeenten (LEERPLICHT, TEAMLEIDER) the account is bound to
    scholen     text[]      not null default '{}',
    gemeenten   text[]      not null default '{}',
    geblokkeerd boolean     not null default false,
    aangemaakt  timestamptz not null,
    gewijzigd   timestamptz not null
);
