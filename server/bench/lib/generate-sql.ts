import type { Scale } from './scales';
import { BENCH_USERS, SIGNUP_ACTIVITIES } from './scales';

/** A timestamp literal for the TIMESTAMP(3) columns, which hold UTC as Prisma writes it. */
export function ts(d: Date): string {
  return `'${d.toISOString().replace('T', ' ').replace('Z', '')}'::timestamp`;
}

/** Id ranges of the rows written first, so later statements can refer to them by ordinal. */
export interface Ranges {
  company0: number;
  community0: number;
  resident0: number;
  worker0: number;
  staff0: number;
  correspondent0: number;
  activity0: number;
}

const DISTRICTS = `ARRAY['田家庵区','大通区','谢家集区','八公山区','潘集区','凤台县','寿县']`;
const ARTICLE_CATEGORIES = `ARRAY['party_building','industry','notice','policy','training','member_style']::"ArticleCategory"[]`;
const ACTIVITY_TYPES = `ARRAY['training','online_training','exam','party_day','meeting','public_welfare']::"ActivityType"[]`;
const COMPLAINT_CATEGORIES = `ARRAY['property_service','fees','repair','elevator','fire_safety','sanitation','greening','noise','parking','courier','cooking_fumes','other']::"ComplaintCategory"[]`;

const PARAGRAPH =
  '为进一步提升物业服务质量，协会组织会员单位开展服务标准宣贯与业务培训，围绕小区环境卫生、设施设备维护、安全管理与业主沟通等方面交流经验，推动行业规范发展。';

export function companiesSql(scale: Scale, creditCodes: string[], now: Date): string {
  const codes = `ARRAY[${creditCodes.map((c) => `'${c}'`).join(',')}]`;
  return `INSERT INTO "Company" ("name","creditCode","type","level","contactName","contactPhone","address","intro","updatedAt")
SELECT 'bench 物业服务有限公司 ' || g, (${codes})[g],
  (ARRAY['state_owned','private','local','outside']::"CompanyType"[])[1 + g % 4],
  (CASE WHEN g = 1 THEN 'president' WHEN g <= 4 THEN 'vice_president' WHEN g <= 20 THEN 'director' ELSE 'member' END)::"MembershipLevel",
  '联系人' || g, '0554' || lpad(g::text, 7, '0'), '淮南市' || (${DISTRICTS})[1 + g % 7] || '第' || g || '号', '会员单位简介', ${ts(now)}
FROM generate_series(1, ${scale.companies}) g`;
}

export function communitiesSql(scale: Scale, r: Pick<Ranges, 'company0'>, now: Date): string {
  return `INSERT INTO "Community" ("name","district","address","companyId","createdAt")
SELECT 'bench 小区 ' || g, (${DISTRICTS})[1 + g % 7], '淮南市某路 ' || g || ' 号', ${r.company0} + 1 + g % ${scale.companies}, ${ts(now)}
FROM generate_series(1, ${scale.communities}) g`;
}

/** Users: generated residents and workers (the data), then the bench callers (the load). */
export function usersSql(scale: Scale, r: Pick<Ranges, 'company0'>, passwordHash: string, now: Date): string[] {
  const insert = `INSERT INTO "User" ("username","passwordHash","name","phone","roles","companyId","privacyAgreedAt","updatedAt")`;
  const hash = `'${passwordHash}'`;
  const at = ts(now);
  const block = (prefix: string, count: number, roles: string, company: string, phonePrefix: string) =>
    `${insert} SELECT '${prefix}-' || g, ${hash}, '${prefix}' || g, '${phonePrefix}' || lpad(g::text, 8, '0'), ARRAY[${roles}]::"Role"[], ${company}, ${at}, ${at}
FROM generate_series(1, ${count}) g`;
  const inCompany = `${r.company0} + 1 + g % ${scale.companies}`;
  return [
    block('gen-resident', scale.residents, `'resident'`, 'NULL', '139'),
    block('gen-worker', scale.workers, `'worker'`, inCompany, '138'),
    block('bench-resident', BENCH_USERS.residents, `'resident'`, 'NULL', '137'),
    block('bench-worker', BENCH_USERS.workers, `'worker'`, inCompany, '136'),
    block('bench-staff', BENCH_USERS.staff, `'staff'`, 'NULL', '135'),
    block('bench-correspondent', BENCH_USERS.correspondents, `'correspondent'`, inCompany, '134'),
    block('bench-company-admin', scale.companies, `'company_admin','worker'`, `${r.company0} + g`, '133'),
    block('bench-admin', 1, `'admin'`, 'NULL', '132'),
  ];
}

/** Articles: mostly published, one every few minutes backwards from now, three pinned notices. */
export function articlesSql(scale: Scale, r: Pick<Ranges, 'correspondent0'>, now: Date): string {
  const body = `'<p>' || repeat('${PARAGRAPH}', 3) || '</p><p>第 ' || g || ' 篇。</p>'`;
  return `INSERT INTO "Article" ("title","category","status","summary","bodyHtml","bylineCorrespondent","bylineReporter","authorId",
  "pinned","pinnedAt","submittedAt","publishedAt","readCount","createdAt","updatedAt")
SELECT '物业行业动态第 ' || g || ' 期：' || (ARRAY['服务标准宣贯','党建引领','消防演练','垃圾分类','电梯安全'])[1 + g % 5],
  (${ARTICLE_CATEGORIES})[1 + g % 6],
  (CASE WHEN g % 40 = 0 THEN 'draft' WHEN g % 41 = 0 THEN 'submitted' ELSE 'published' END)::"ArticleStatus",
  '${PARAGRAPH.slice(0, 40)}', ${body}, '通讯员' || (g % 20), '记者' || (g % 7),
  ${r.correspondent0} + 1 + g % ${BENCH_USERS.correspondents},
  g <= 3, CASE WHEN g <= 3 THEN t END, t, CASE WHEN g % 40 = 0 OR g % 41 = 0 THEN NULL ELSE t END, (g * 37) % 5000, t, t
FROM (SELECT g, ${ts(now)} - g * interval '5 minutes' AS t FROM generate_series(1, ${scale.articles}) g) s`;
}

/** Activities: spread from three years back to two months ahead; small past ones, all with seats. */
export function activitiesSql(scale: Scale, r: Pick<Ranges, 'staff0'>, now: Date): string {
  const spanMinutes = (3 * 365 + 60) * 24 * 60;
  const step = spanMinutes / scale.activities;
  return `INSERT INTO "Activity" ("type","title","description","place","startAt","endAt","signupStartAt","signupEndAt","capacity",
  "waitlistEnabled","audience","status","createdById","createdAt","updatedAt")
SELECT (${ACTIVITY_TYPES})[1 + g % 6], '物业服务标准化培训（第 ' || g || ' 期）', '<p>${PARAGRAPH}</p>', '淮南市物业管理协会三楼会议室',
  t, t + interval '3 hours', t - interval '14 days', t - interval '1 day', 30 + g % 170, g % 3 <> 0,
  (CASE WHEN g % 4 = 0 THEN 'member_workers' ELSE 'everyone' END)::"Audience",
  (CASE WHEN g % 50 = 0 THEN 'cancelled' WHEN g % 97 = 0 THEN 'draft' ELSE 'published' END)::"ActivityStatus",
  ${r.staff0} + 1, t - interval '20 days', t - interval '20 days'
FROM (SELECT g, ${ts(now)} + interval '60 days' - (g * ${step.toFixed(4)}) * interval '1 minute' AS t FROM generate_series(1, ${scale.activities}) g) s`;
}

/**
 * Registrations: registrations/activities people per activity, each a different worker (the
 * ordinal stride keeps (activity, user) unique); past ones mostly checked in, exams with results.
 */
export function registrationsSql(scale: Scale, r: Ranges): string[] {
  const perActivity = Math.ceil(scale.registrations / scale.activities);
  if (perActivity * 131 >= scale.workers) throw new Error('too few workers for the registrations per activity');
  const worker = `((a * 7 + k * 131) % ${scale.workers})`;
  return [
    `INSERT INTO "Registration" ("activityId","userId","companyId","status","ticketNonce","checkedInAt","result","score","certificateNo","createdAt","updatedAt")
SELECT ${r.activity0} + a, ${r.worker0} + 1 + ${worker}, ${r.company0} + 1 + (1 + ${worker}) % ${scale.companies}, 'confirmed',
  md5('bench-ticket-' || i), CASE WHEN act."endAt" < now() AND i % 5 <> 0 THEN act."startAt" END,
  (CASE WHEN act."type" = 'exam' AND act."endAt" < now() AND i % 5 <> 0 THEN (CASE WHEN i % 4 = 0 THEN 'failed' ELSE 'passed' END) END)::"ExamResult",
  CASE WHEN act."type" = 'exam' AND act."endAt" < now() AND i % 5 <> 0 THEN 50 + i % 50 END,
  CASE WHEN act."type" = 'exam' AND act."endAt" < now() AND i % 5 <> 0 AND i % 4 <> 0 THEN 'ZSB' || lpad(i::text, 9, '0') END,
  act."signupStartAt", act."signupStartAt"
FROM (SELECT i, 1 + i % ${scale.activities} AS a, i / ${scale.activities} AS k FROM generate_series(0, ${scale.registrations - 1}) i) s
JOIN "Activity" act ON act.id = ${r.activity0} + a`,
    `UPDATE "Activity" act SET "confirmedCount" = c.n FROM (SELECT "activityId", count(*)::int AS n FROM "Registration" WHERE status = 'confirmed' GROUP BY 1) c
WHERE act.id = c."activityId"`,
  ];
}

/** The sign-up load's targets: open now, a week ahead, for everyone, no extra fields. */
export function signupActivitiesSql(r: Pick<Ranges, 'staff0'>, now: Date): string {
  return `INSERT INTO "Activity" ("type","title","description","place","startAt","endAt","signupStartAt","signupEndAt","capacity",
  "waitlistEnabled","audience","status","createdById","createdAt","updatedAt")
SELECT 'training', 'bench-signup-' || g, '<p>压测报名</p>', '协会会议室', ${ts(now)} + interval '7 days', ${ts(now)} + interval '7 days 3 hours',
  ${ts(now)} - interval '1 day', ${ts(now)} + interval '6 days', ${SIGNUP_ACTIVITIES.capacity}, true, 'everyone', 'published', ${r.staff0} + 1, ${ts(now)}, ${ts(now)}
FROM generate_series(1, ${SIGNUP_ACTIVITIES.count}) g`;
}

/**
 * Complaints over the two years before today (Beijing), newest first by ordinal; recent ones still
 * in progress, older ones mostly closed and rated. Numbers use 7 sequence digits so they can never
 * collide with the 5-digit numbers the server hands out today.
 */
export function complaintsSql(scale: Scale, r: Ranges, todayStart: Date): string[] {
  const stepSeconds = (730 * 86400) / scale.complaints;
  const status = `(CASE WHEN i < ${Math.ceil(scale.complaints / 100)} THEN (ARRAY['submitted','accepted','assigned','replied'])[1 + i % 4]
    WHEN i % 20 < 14 THEN 'closed' WHEN i % 20 = 14 THEN 'rejected' WHEN i % 20 = 15 THEN 'resolved' WHEN i % 20 = 16 THEN 'replied'
    WHEN i % 20 = 17 THEN 'mediating' WHEN i % 20 = 18 THEN 'assigned' ELSE 'accepted' END)::"ComplaintStatus"`;
  const community = `(i % ${scale.communities})`;
  return [
    `INSERT INTO "Complaint" ("number","residentId","idempotencyKey","category","communityId","companyId","title","description","contactPhone",
  "allowContact","anonymous","status","version","acceptDueAt","replyDueAt","acceptedAt","assignedAt","repliedAt","resolvedAt","closedAt",
  "rejectReason","reopenCount","satisfaction","createdAt","updatedAt")
SELECT 'TS' || to_char(t + interval '8 hours', 'YYYYMMDD') || lpad((i + 1)::text, 7, '0'), ${r.resident0} + 1 + (i * 13) % ${scale.residents},
  'bench-' || i, (${COMPLAINT_CATEGORIES})[1 + i % 12], ${r.community0} + 1 + ${community}, ${r.company0} + 1 + (1 + ${community}) % ${scale.companies},
  '小区' || (ARRAY['电梯故障','楼道卫生','停车收费','噪音扰民','绿化损坏'])[1 + i % 5] || '问题 ' || i,
  '业主反映：' || (ARRAY['电梯经常停运','楼道长期无人打扫','停车收费标准不透明','夜间施工噪音大','绿化带被占用'])[1 + i % 5] || '，希望物业尽快处理。编号 ' || i,
  '137' || lpad((i % 100000000)::text, 8, '0'), i % 3 = 0, i % 10 = 0, st, 1,
  t + interval '1 day', CASE WHEN st <> 'submitted' AND st <> 'rejected' THEN t + interval '4 days' END,
  CASE WHEN st <> 'submitted' AND st <> 'rejected' THEN t + interval '3 hours' END,
  CASE WHEN st NOT IN ('submitted','rejected','accepted') THEN t + interval '4 hours' END,
  CASE WHEN st IN ('replied','resolved','closed','mediating') THEN t + interval '30 hours' END,
  CASE WHEN st IN ('resolved','closed') THEN t + interval '48 hours' END,
  CASE WHEN st = 'closed' THEN t + interval '72 hours' END,
  CASE WHEN st = 'rejected' THEN '不属于物业服务投诉范围，请向相关部门反映' END,
  CASE WHEN st = 'mediating' THEN 2 WHEN i % 29 = 0 THEN 1 ELSE 0 END,
  (CASE WHEN st = 'closed' THEN (ARRAY['satisfied','satisfied','satisfied','basically_satisfied','unsatisfied'])[1 + i % 5] END)::"Satisfaction",
  t, t
FROM (SELECT i, ${ts(todayStart)} - interval '1 second' - (i * ${stepSeconds.toFixed(6)}) * interval '1 second' AS t, ${status} AS st
      FROM generate_series(0, ${scale.complaints - 1}) i) s`,
    `INSERT INTO "ComplaintEvent" ("complaintId","actorId","actorRole","action","fromStatus","toStatus","note","createdAt")
SELECT id, "residentId", 'resident', 'submit', NULL, 'submitted', '', "createdAt" FROM "Complaint" WHERE "idempotencyKey" LIKE 'bench-%'`,
    `INSERT INTO "ComplaintFollowUp" ("complaintId","round","satisfaction","comment","method","recordedById","createdAt")
SELECT id, 1, satisfaction, '', 'self', "residentId", "closedAt" FROM "Complaint" WHERE status = 'closed' AND "idempotencyKey" LIKE 'bench-%'`,
  ];
}
