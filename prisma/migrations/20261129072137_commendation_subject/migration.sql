-- Commendation uniqueness: @@unique([year, kind, companyId, userId]) let duplicates in, because
-- one of companyId/userId is always NULL and PostgreSQL treats NULLs as distinct. A non-null
-- "subject" ('company:<id>' or 'user:<id>') carries the key instead.

-- DropIndex
DROP INDEX "Commendation_year_kind_companyId_userId_key";

-- AlterTable: add, fill from the id columns, then require it.
ALTER TABLE "Commendation" ADD COLUMN "subject" TEXT;
UPDATE "Commendation"
SET "subject" = CASE WHEN "userId" IS NOT NULL THEN 'user:' || "userId" ELSE 'company:' || "companyId" END;
-- Duplicates the old key let in: keep the first of each.
DELETE FROM "Commendation" c USING "Commendation" d
WHERE c."year" = d."year" AND c."kind" = d."kind" AND c."subject" = d."subject" AND c."id" > d."id";
ALTER TABLE "Commendation" ALTER COLUMN "subject" SET NOT NULL;

-- Exactly one of companyId/userId, and subject spelled from it (not expressible in schema.prisma;
-- Prisma leaves CHECK constraints alone when diffing).
ALTER TABLE "Commendation" ADD CONSTRAINT "Commendation_subject_check" CHECK (
  ("companyId" IS NOT NULL AND "userId" IS NULL AND "subject" = 'company:' || "companyId")
  OR ("userId" IS NOT NULL AND "companyId" IS NULL AND "subject" = 'user:' || "userId")
);

-- CreateIndex
CREATE INDEX "Commendation_companyId_idx" ON "Commendation"("companyId");

-- CreateIndex
CREATE INDEX "Commendation_userId_idx" ON "Commendation"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Commendation_year_kind_subject_key" ON "Commendation"("year", "kind", "subject");
