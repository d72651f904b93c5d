-- A reminder is stored as a translation key with its arguments (message_args, separated by U+001F), and written
-- in the reader's language when shown or e-mailed. Reminders stored before keep their finished Danish text.
alter table reminder add column message_args varchar(1000);
