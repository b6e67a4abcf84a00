-- Issue 13: audit rows name their entity in one spelling (server/src/lib/audit.ts). Rows written
-- before it used the model names for two entities; renaming them keeps the trail searchable by one name.
UPDATE "AuditLog" SET "entity" = 'complaint' WHERE "entity" = 'Complaint';
UPDATE "AuditLog" SET "entity" = 'work_calendar_day' WHERE "entity" = 'WorkCalendarDay';
