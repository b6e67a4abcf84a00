-- Trigram indexes for news search (ILIKE '%…%' on Chinese text). PGlite loads the extension
-- through openPGlite (prisma/src/pglite.ts); on PostgreSQL it ships with the contrib package.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Article_title_trgm_idx" ON "Article" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Article_bodyHtml_trgm_idx" ON "Article" USING GIN ("bodyHtml" gin_trgm_ops);
