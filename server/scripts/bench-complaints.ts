/**
 * Ledger and figures at scale, straight through the service functions (no HTTP):
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx scripts/bench-complaints.ts [rows]
 * Creates a throw-away database, fills it with `rows` complaints (default 1,000,000) spread over
 * three years by SQL, then prints median and p95 of the ledger's first page, a deep keyset page,
 * a filtered page, and a year's figures. The issue-8 harness measures the same routes over HTTP.
 */
import { createTestDb } from '@wuxie/prisma';
import { createCommunity, createCompany, createUser } from '@wuxie/prisma/factories';
import { complaintFigures } from '../src/features/complaints/figures.service';
import { listLedger } from '../src/features/complaints/complaints.queries';

const rows = Number(process.argv[2] ?? 1_000_000);
const handle = await createTestDb();
const db = handle.db;
try {
  const companies = await Promise.all(Array.from({ length: 40 }, () => createCompany(db)));
  const communities = [];
  for (let i = 0; i < 400; i++) communities.push(await createCommunity(db, { companyId: companies[i % companies.length]?.id ?? null }));
  const residents = [];
  for (let i = 0; i < 200; i++) residents.push(await createUser(db, { roles: ['resident'] }));
  const firstCommunity = communities[0]?.id ?? 0;
  const firstResident = residents[0]?.id ?? 0;
  const started = Date.now();
  await db.$executeRawUnsafe(`
    INSERT INTO "Complaint" ("number", "residentId", "idempotencyKey", "category", "communityId", "companyId", "title", "description",
      "status", "version", "acceptDueAt", "replyDueAt", "acceptedAt", "assignedAt", "repliedAt", "closedAt", "reopenCount", "satisfaction", "createdAt", "updatedAt")
    SELECT 'TS' || lpad(g::text, 13, '0'), ${firstResident} + (g % ${residents.length}), md5(g::text),
      (ARRAY['property_service','fees','repair','elevator','fire_safety','sanitation','greening','noise','parking','courier','cooking_fumes','other'])[1 + g % 12]::"ComplaintCategory",
      ${firstCommunity} + (g % ${communities.length}), NULL, '投诉 ' || g, '描述',
      (ARRAY['submitted','accepted','assigned','replied','resolved','closed','closed','closed','rejected','reopened'])[1 + g % 10]::"ComplaintStatus", 1,
      t + interval '1 day', t + interval '4 days', CASE WHEN g % 10 BETWEEN 1 AND 7 THEN t + interval '5 hours' END,
      CASE WHEN g % 10 BETWEEN 2 AND 7 THEN t + interval '6 hours' END, CASE WHEN g % 10 BETWEEN 3 AND 7 THEN t + interval '30 hours' END,
      CASE WHEN g % 10 BETWEEN 5 AND 7 THEN t + interval '60 hours' END, CASE WHEN g % 10 = 9 THEN 1 ELSE 0 END,
      CASE WHEN g % 10 BETWEEN 5 AND 7 THEN 'satisfied'::"Satisfaction" END, t, t
    FROM generate_series(1, ${rows}) g, LATERAL (SELECT now() - (g::double precision / ${rows}) * interval '1095 days' AS t) x`);
  await db.$executeRawUnsafe(`UPDATE "Complaint" c SET "companyId" = m."companyId" FROM "Community" m WHERE m."id" = c."communityId"`);
  await db.$executeRawUnsafe(`INSERT INTO "ComplaintFollowUp" ("complaintId", "round", "satisfaction", "recordedById", "createdAt")
    SELECT "id", 1, 'satisfied', "residentId", "closedAt" FROM "Complaint" WHERE "closedAt" IS NOT NULL`);
  await db.$executeRawUnsafe('ANALYZE');
  console.log(`filled ${rows.toLocaleString()} complaints in ${((Date.now() - started) / 1000).toFixed(1)} s (${handle.kind})`);

  const time = async (label: string, n: number, fn: () => Promise<unknown>) => {
    await fn();
    const ms: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      await fn();
      ms.push(performance.now() - t0);
    }
    ms.sort((a, b) => a - b);
    const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]?.toFixed(1);
    console.log(`${label.padEnd(46)} median ${at(0.5)} ms   p95 ${at(0.95)} ms   (${n} runs)`);
  };
  const first = await listLedger(db, { order: 'newest', limit: 20 });
  let deep = first.nextCursor ?? undefined;
  for (let i = 0; i < 50 && deep; i++) deep = (await listLedger(db, { order: 'newest', limit: 20, cursor: deep })).nextCursor ?? undefined;
  const year = new Date().getUTCFullYear() - 1;
  await time('ledger, first page', 30, () => listLedger(db, { order: 'newest', limit: 20 }));
  await time('ledger, page 51 by keyset', 30, () => listLedger(db, { order: 'newest', limit: 20, cursor: deep }));
  await time('ledger, one company + overdue, first page', 30, () =>
    listLedger(db, { order: 'newest', limit: 20, companyId: companies[3]?.id, overdue: true }),
  );
  await time('ledger, submitted by deadline (triage)', 30, () => listLedger(db, { order: 'due', status: 'submitted', limit: 20 }));
  await time(`figures for ${year}`, 10, () => complaintFigures(db, `${year}-01-01`, `${year}-12-31`));
} finally {
  await handle.close();
}
