-- ShedLock compares lock_until with the database's clock, which counts microseconds. Stored to the millisecond
-- the time was rounded, up as often as down: a lock released and taken again within the same half millisecond
-- still looked held, so a node skipped a turn that was free. The columns now keep the clock's own precision.
alter table shedlock alter column lock_until set data type timestamp(6);
alter table shedlock alter column locked_at set data type timestamp(6);
