-- The look back: an agreement carried on (videreført) from an earlier plan points to the one it continues.
alter table agreement add column carried_from_id uuid references agreement (id);
