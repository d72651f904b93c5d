-- Workplace questions: a leader adds questions for their own org unit. They live in a concept version of its own
-- for the unit (key "<concept>@unit<id>"), so conversations already created keep exactly what they had.
alter table question add column workplace boolean not null default false;
alter table concept add column org_unit_id bigint references org_unit (id);
