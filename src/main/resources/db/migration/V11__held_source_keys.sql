-- The source's own form of a held field's value (a unit's name, the manager's key at the source, true/false),
-- so that a source reading a person back (SCIM) sees what it sent, not the administrator's correction.
alter table person_hold add column source_key varchar(500);
update person_hold set source_key = source_value where field = 'ORG_UNIT';
