-- The language each person chose in the user menu (da or en), remembered beyond their session; null is Danish.
-- Mails and reminders to them follow it too.
alter table person add column language varchar(5);
