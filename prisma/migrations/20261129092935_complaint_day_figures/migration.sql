-- CreateTable
CREATE TABLE "ComplaintCompanyDay" (
    "day" DATE NOT NULL,
    "companyId" INTEGER NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "accepted" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "closed" INTEGER NOT NULL DEFAULT 0,
    "replied" INTEGER NOT NULL DEFAULT 0,
    "reopened" INTEGER NOT NULL DEFAULT 0,
    "late" INTEGER NOT NULL DEFAULT 0,
    "replyMs" BIGINT NOT NULL DEFAULT 0,
    "rated" INTEGER NOT NULL DEFAULT 0,
    "good" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ComplaintCompanyDay_pkey" PRIMARY KEY ("day","companyId")
);

-- CreateTable
CREATE TABLE "ComplaintCategoryDay" (
    "day" DATE NOT NULL,
    "category" "ComplaintCategory" NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "accepted" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "closed" INTEGER NOT NULL DEFAULT 0,
    "replied" INTEGER NOT NULL DEFAULT 0,
    "reopened" INTEGER NOT NULL DEFAULT 0,
    "late" INTEGER NOT NULL DEFAULT 0,
    "replyMs" BIGINT NOT NULL DEFAULT 0,
    "rated" INTEGER NOT NULL DEFAULT 0,
    "good" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ComplaintCategoryDay_pkey" PRIMARY KEY ("day","category")
);

-- CreateIndex (by hand: the complaints still running against a deadline, i.e. the statuses of the
-- shared OVERDUE_RULES, with every column the figures' "late right now" count reads, so that count
-- is an index-only scan. Prisma's schema engine here cannot see partial indexes, so it is not in
-- schema.prisma and its diff leaves it alone.)
CREATE INDEX "Complaint_open_deadlines_idx" ON "Complaint"("createdAt", "status", "companyId", "category", "acceptDueAt", "replyDueAt", "acceptedAt", "repliedAt") WHERE (status IN ('submitted', 'accepted', 'assigned', 'reopened'));

-- ─── Day figures kept in step with every write (docs/decisions/009-complaint-figures.md) ───
-- Prisma's schema has no place for types, functions or triggers, and its diff ignores them.

-- One complaint's or one follow-up's share of a day's figures; sign -1 takes it back out.
CREATE TYPE "complaint_day_delta" AS (
    "day" DATE,
    "companyId" INTEGER,
    "category" "ComplaintCategory",
    "received" INTEGER,
    "accepted" INTEGER,
    "rejected" INTEGER,
    "closed" INTEGER,
    "replied" INTEGER,
    "reopened" INTEGER,
    "late" INTEGER,
    "replyMs" BIGINT,
    "rated" INTEGER,
    "good" INTEGER
);

-- A complaint counts on the Beijing day it was filed (createdAt is stored in UTC).
CREATE FUNCTION "complaint_day_delta_of"(c "Complaint", sign INTEGER) RETURNS "complaint_day_delta"
LANGUAGE sql IMMUTABLE AS $$
  SELECT ROW(
    (c."createdAt" + interval '8 hours')::date, c."companyId", c."category",
    sign,
    sign * (c."acceptedAt" IS NOT NULL)::int,
    sign * (c."status" = 'rejected')::int,
    sign * (c."status" = 'closed')::int,
    sign * (c."repliedAt" IS NOT NULL)::int,
    sign * (c."reopenCount" > 0)::int,
    sign * COALESCE(c."acceptedAt" > c."acceptDueAt" OR c."repliedAt" > c."replyDueAt", false)::int,
    sign * COALESCE(round(extract(epoch FROM c."repliedAt" - c."createdAt") * 1000)::bigint, 0),
    0, 0
  )::"complaint_day_delta"
$$;

-- A follow-up counts on the Beijing day it was recorded, for its complaint's company and category.
CREATE FUNCTION "complaint_rating_delta_of"(f "ComplaintFollowUp", "companyId" INTEGER, "category" "ComplaintCategory", sign INTEGER) RETURNS "complaint_day_delta"
LANGUAGE sql IMMUTABLE AS $$
  SELECT ROW(
    (f."createdAt" + interval '8 hours')::date, "companyId", "category",
    0, 0, 0, 0, 0, 0, 0, 0::bigint,
    sign,
    sign * (f."satisfaction" IN ('satisfied', 'basically_satisfied'))::int
  )::"complaint_day_delta"
$$;

-- Adds the deltas to both tables, each in key order so that concurrent writers lock rows in the same order.
CREATE FUNCTION "complaint_day_figures_add"(deltas "complaint_day_delta"[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ComplaintCompanyDay" AS t ("day", "companyId", "received", "accepted", "rejected", "closed", "replied", "reopened", "late", "replyMs", "rated", "good")
  SELECT d."day", d."companyId", sum(d."received"), sum(d."accepted"), sum(d."rejected"), sum(d."closed"), sum(d."replied"),
    sum(d."reopened"), sum(d."late"), sum(d."replyMs"), sum(d."rated"), sum(d."good")
  FROM unnest(deltas) d
  WHERE d."companyId" IS NOT NULL
  GROUP BY d."day", d."companyId"
  HAVING ROW(sum(d."received"), sum(d."accepted"), sum(d."rejected"), sum(d."closed"), sum(d."replied"), sum(d."reopened"), sum(d."late"), sum(d."replyMs"), sum(d."rated"), sum(d."good"))
    IS DISTINCT FROM ROW(0::bigint, 0::bigint, 0::bigint, 0::bigint, 0::bigint, 0::bigint, 0::bigint, 0::numeric, 0::bigint, 0::bigint)
  ORDER BY d."day", d."companyId"
  ON CONFLICT ("day", "companyId") DO UPDATE SET
    "received" = t."received" + EXCLUDED."received", "accepted" = t."accepted" + EXCLUDED."accepted",
    "rejected" = t."rejected" + EXCLUDED."rejected", "closed" = t."closed" + EXCLUDED."closed",
    "replied" = t."replied" + EXCLUDED."replied", "reopened" = t."reopened" + EXCLUDED."reopened",
    "late" = t."late" + EXCLUDED."late", "replyMs" = t."replyMs" + EXCLUDED."replyMs",
    "rated" = t."rated" + EXCLUDED."rated", "good" = t."good" + EXCLUDED."good";

  INSERT INTO "ComplaintCategoryDay" AS t ("day", "category", "received", "accepted", "rejected", "closed", "replied", "reopened", "late", "replyMs", "rated", "good")
  SELECT d."day", d."category", sum(d."received"), sum(d."accepted"), sum(d."rejected"), sum(d."closed"), sum(d."replied"),
    sum(d."reopened"), sum(d."late"), sum(d."replyMs"), sum(d."rated"), sum(d."good")
  FROM unnest(deltas) d
  GROUP BY d."day", d."category"
  HAVING ROW(sum(d."received"), sum(d."accepted"), sum(d."rejected"), sum(d."closed"), sum(d."replied"), sum(d."reopened"), sum(d."late"), sum(d."replyMs"), sum(d."rated"), sum(d."good"))
    IS DISTINCT FROM ROW(0::bigint, 0::bigint, 0::bigint, 0::bigint, 0::bigint, 0::bigint, 0::bigint, 0::numeric, 0::bigint, 0::bigint)
  ORDER BY d."day", d."category"
  ON CONFLICT ("day", "category") DO UPDATE SET
    "received" = t."received" + EXCLUDED."received", "accepted" = t."accepted" + EXCLUDED."accepted",
    "rejected" = t."rejected" + EXCLUDED."rejected", "closed" = t."closed" + EXCLUDED."closed",
    "replied" = t."replied" + EXCLUDED."replied", "reopened" = t."reopened" + EXCLUDED."reopened",
    "late" = t."late" + EXCLUDED."late", "replyMs" = t."replyMs" + EXCLUDED."replyMs",
    "rated" = t."rated" + EXCLUDED."rated", "good" = t."good" + EXCLUDED."good";
END $$;

-- Statement-level triggers with transition tables: a bulk insert (seed, bench generator) is one pass.
CREATE FUNCTION "complaint_day_figures_complaint_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "complaint_day_figures_add"(ARRAY(SELECT "complaint_day_delta_of"(n, 1) FROM new_rows n));
  RETURN NULL;
END $$;

CREATE FUNCTION "complaint_day_figures_complaint_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "complaint_day_figures_add"(ARRAY(SELECT "complaint_day_delta_of"(o, -1) FROM old_rows o));
  RETURN NULL;
END $$;

-- A complaint moved to another company (assign, reassign) or category takes its follow-ups' ratings along.
CREATE FUNCTION "complaint_day_figures_complaint_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "complaint_day_figures_add"(ARRAY(
    SELECT "complaint_day_delta_of"(o, -1) FROM old_rows o
    UNION ALL SELECT "complaint_day_delta_of"(n, 1) FROM new_rows n
    UNION ALL SELECT d FROM old_rows o JOIN new_rows n ON n."id" = o."id" JOIN "ComplaintFollowUp" f ON f."complaintId" = o."id",
      LATERAL (VALUES ("complaint_rating_delta_of"(f, o."companyId", o."category", -1)), ("complaint_rating_delta_of"(f, n."companyId", n."category", 1))) AS v(d)
    WHERE o."companyId" IS DISTINCT FROM n."companyId" OR o."category" IS DISTINCT FROM n."category"
  ));
  RETURN NULL;
END $$;

CREATE FUNCTION "complaint_day_figures_follow_up_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "complaint_day_figures_add"(ARRAY(
    SELECT "complaint_rating_delta_of"(n, c."companyId", c."category", 1) FROM new_rows n JOIN "Complaint" c ON c."id" = n."complaintId"));
  RETURN NULL;
END $$;

CREATE FUNCTION "complaint_day_figures_follow_up_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "complaint_day_figures_add"(ARRAY(
    SELECT "complaint_rating_delta_of"(o, c."companyId", c."category", -1) FROM old_rows o JOIN "Complaint" c ON c."id" = o."complaintId"));
  RETURN NULL;
END $$;

CREATE FUNCTION "complaint_day_figures_follow_up_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "complaint_day_figures_add"(ARRAY(
    SELECT "complaint_rating_delta_of"(o, c."companyId", c."category", -1) FROM old_rows o JOIN "Complaint" c ON c."id" = o."complaintId"
    UNION ALL
    SELECT "complaint_rating_delta_of"(n, c."companyId", c."category", 1) FROM new_rows n JOIN "Complaint" c ON c."id" = n."complaintId"));
  RETURN NULL;
END $$;

CREATE TRIGGER "complaint_day_figures_inserted" AFTER INSERT ON "Complaint"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "complaint_day_figures_complaint_inserted"();
CREATE TRIGGER "complaint_day_figures_updated" AFTER UPDATE ON "Complaint"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "complaint_day_figures_complaint_updated"();
CREATE TRIGGER "complaint_day_figures_deleted" AFTER DELETE ON "Complaint"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "complaint_day_figures_complaint_deleted"();
CREATE TRIGGER "complaint_day_figures_inserted" AFTER INSERT ON "ComplaintFollowUp"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "complaint_day_figures_follow_up_inserted"();
CREATE TRIGGER "complaint_day_figures_updated" AFTER UPDATE ON "ComplaintFollowUp"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "complaint_day_figures_follow_up_updated"();
CREATE TRIGGER "complaint_day_figures_deleted" AFTER DELETE ON "ComplaintFollowUp"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "complaint_day_figures_follow_up_deleted"();

-- The complaints and follow-ups already recorded.
SELECT "complaint_day_figures_add"(ARRAY(
  SELECT "complaint_day_delta_of"(c, 1) FROM "Complaint" c
  UNION ALL
  SELECT "complaint_rating_delta_of"(f, c."companyId", c."category", 1) FROM "ComplaintFollowUp" f JOIN "Complaint" c ON c."id" = f."complaintId"));
