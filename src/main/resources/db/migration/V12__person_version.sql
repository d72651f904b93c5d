-- Optimistic locking of a person: a synchronisation, a sign-in and a correction by hand that change the same
-- person at once no longer overwrite one another; the one that loses reads again.
alter table person add column version bigint default 0 not null;
