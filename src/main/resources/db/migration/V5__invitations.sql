-- Calendar invitations: every update or cancellation of a conversation's invitation raises its sequence.
alter table conversation add column ics_sequence int not null default 0;
