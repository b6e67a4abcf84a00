-- The sign-up statement of signup.service.ts (insertRegistration) for pgbench, to measure what the
-- database itself sustains without the HTTP/Node layers. The userId comes from a sequence so
-- every transaction is a new person. Setup on a migrated database (activity id 1, users 1..N):
--   CREATE SEQUENCE bench_uid;
--   pgbench -n -f src/features/activities/bench/pgbench-signup.sql -c 40 -j 4 -T 10 <db>
-- then check: SELECT status, count(*) FROM "Registration" GROUP BY 1; SELECT "confirmedCount" FROM "Activity";
WITH seat AS (
  UPDATE "Activity" SET "confirmedCount" = "confirmedCount" + 1, "updatedAt" = now()
  WHERE "id" = 1 AND "status" = 'published' AND "confirmedCount" < "capacity"
  RETURNING "id"
),
queue AS MATERIALIZED (
  SELECT "id", "waitlistEnabled", "confirmedCount" < "capacity" AS "freeSeatSeen" FROM "Activity"
  WHERE "id" = 1 AND "status" = 'published' AND NOT EXISTS (SELECT 1 FROM seat)
  FOR SHARE
),
next AS MATERIALIZED (SELECT nextval(pg_get_serial_sequence('"Registration"', 'id'))::int AS "id"),
inserted AS (
  INSERT INTO "Registration" ("id", "activityId", "userId", "companyId", "registeredById", "status", "waitlistSeq", "extra", "ticketNonce", "createdAt", "updatedAt")
  SELECT n."id", 1, nextval('bench_uid')::int, NULL, NULL,
    CASE WHEN EXISTS (SELECT 1 FROM seat) THEN 'confirmed'::"RegistrationStatus" ELSE 'waitlisted'::"RegistrationStatus" END,
    CASE WHEN EXISTS (SELECT 1 FROM seat) THEN NULL ELSE n."id" END,
    '{}'::jsonb, md5(random()::text), now(), now()
  FROM next n
  WHERE EXISTS (SELECT 1 FROM seat) OR EXISTS (SELECT 1 FROM queue WHERE "waitlistEnabled")
  RETURNING "id", "status"
)
SELECT "id", "status", COALESCE((SELECT "freeSeatSeen" FROM queue), false) FROM inserted;
