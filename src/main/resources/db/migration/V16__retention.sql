-- When a conversation was cancelled, so the retention rules can count from it (earlier cancellations count from
-- the time the conversation was planned for).
alter table conversation add column cancelled_at timestamp with time zone;
create index ix_reminder_created on reminder (created_at);
