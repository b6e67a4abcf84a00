import type { ArticleCategory, Prisma } from '../../generated/client';
import { addDays, addHours, chinaTime, HUAINAN_DISTRICTS, type Random } from '../factories';
import { insertInBatches, type Db } from './batch';
import { ARTICLE_TITLES, articleBody, articleSummary } from './content/articles';
import type { SeededActivity } from './activities';
import type { People } from './people';
import { beijingDay } from './upcoming';

type Author = { kind: 'staff' } | { kind: 'correspondent' };
interface Spec {
  category: ArticleCategory;
  title: string;
  publishedAt: Date;
  author: Author['kind'];
  pinned?: boolean;
}

/** How many H1 2024 articles each category gets, and how many of those staff wrote themselves. */
const PLAN: Record<ArticleCategory, { total: number; byStaff: number }> = {
  party_building: { total: 28, byStaff: 14 },
  industry: { total: 45, byStaff: 0 },
  notice: { total: 30, byStaff: 30 },
  policy: { total: 22, byStaff: 22 },
  training: { total: 34, byStaff: 12 },
  member_style: { total: 28, byStaff: 0 },
};
/** Published articles per correspondent (the demo writer is sixth); the ranking comes from these rows. */
const CORRESPONDENT_OUTPUT = [21, 17, 14, 12, 10, 9, 8, 7, 6, 5] as const;
const PINNED = ['关于开展2024年度优秀会员单位评选工作的通知', '关于缴纳2024年度会费的通知', '关于做好2024年汛期物业管理工作的通知'];

const REPORT_CATEGORY: Record<string, ArticleCategory> = {
  training: 'training',
  online_training: 'training',
  exam: 'training',
  party_day: 'party_building',
  meeting: 'industry',
  public_welfare: 'member_style',
};
const REPORT_VERB: Record<string, string> = {
  training: '协会举办',
  online_training: '协会举办',
  exam: '协会组织',
  party_day: '协会党支部开展',
  meeting: '协会召开',
  public_welfare: '协会组织开展',
};
const H1_START = chinaTime(2024, 1, 2, 9);
const H1_LAST = chinaTime(2024, 6, 30, 17);

function randomH1Date(random: Random, month?: number): Date {
  const m = month ?? random.int(1, 6);
  const at = chinaTime(2024, m, random.int(1, 28), random.int(9, 17), random.int(0, 59));
  return at < H1_START ? H1_START : at;
}

function clampH1(at: Date): Date {
  if (at < H1_START) return H1_START;
  return at > H1_LAST ? H1_LAST : at;
}

/** Titles for one category from its shapes, filling the slots, never repeating a title. */
function fillTitles(random: Random, people: People, category: ArticleCategory, count: number, used: Set<string>, timeless = false): Spec[] {
  const specs: Spec[] = [];
  // Titles naming a year or a season would look wrong on recent articles.
  const shapes = ARTICLE_TITLES[category].filter((shape) => !timeless || !/[@\d]/.test(shape));
  for (let attempt = 0; specs.length < count && attempt < 5000; attempt += 1) {
    const shape = random.pick(shapes);
    const [text = '', month] = shape.split('@');
    const title = text
      .replace('{company}', random.pick(people.companies).shortName)
      .replace('{district}', random.pick(HUAINAN_DISTRICTS).name)
      .replace('{estate}', random.pick(people.communities).name);
    if (used.has(title)) continue;
    used.add(title);
    specs.push({
      category,
      title,
      publishedAt: randomH1Date(random, month ? Number(month) : undefined),
      author: 'correspondent',
      pinned: PINNED.includes(title),
    });
  }
  if (specs.length < count) throw new Error(`not enough distinct ${category} titles`);
  return specs;
}

/** The 187 articles of 2024 H1: notices and reports tied to the activities, then everything else. */
function h1Specs(random: Random, people: People, activities: readonly SeededActivity[]): Spec[] {
  const used = new Set<string>();
  const held = activities.filter((a) => a.status === 'finished' && a.startAt < H1_LAST);
  const specs: Spec[] = [];
  for (const a of held) {
    const notice = a.type === 'exam' ? `关于开展${a.title}报名工作的通知` : `关于举办${a.title}的通知`;
    specs.push({ category: 'notice', title: notice, publishedAt: clampH1(addDays(a.startAt, -14)), author: 'staff' });
    const report =
      a.type === 'exam' ? '2024年第一批物业管理师（三级）职业技能等级认定顺利举行' : `${REPORT_VERB[a.type] ?? '协会举办'}${a.title}`;
    specs.push({
      category: REPORT_CATEGORY[a.type] ?? 'industry',
      title: report,
      publishedAt: clampH1(addHours(a.startAt, 26)),
      author: 'correspondent',
    });
  }
  specs.forEach((s) => used.add(s.title));
  for (const category of Object.keys(PLAN) as ArticleCategory[]) {
    const have = specs.filter((s) => s.category === category).length;
    specs.push(...fillTitles(random, people, category, PLAN[category].total - have, used));
  }
  for (const category of Object.keys(PLAN) as ArticleCategory[]) {
    const ofCategory = random.shuffle(specs.filter((s) => s.category === category));
    ofCategory.forEach((s, i) => {
      s.author = i < PLAN[category].byStaff ? 'staff' : 'correspondent';
    });
  }
  return specs;
}

/** Published news of 2024 H1, recent news before `now`, and the demo writer's desk (drafts, submissions, a returned piece). */
export async function seedArticles(
  db: Db,
  random: Random,
  people: People,
  activities: readonly SeededActivity[],
  now: Date,
): Promise<void> {
  const { staff, correspondents, writerId } = people.demo;
  const ordered = [...correspondents.filter((c) => c.id !== writerId)];
  const writer = correspondents.find((c) => c.id === writerId);
  if (writer) ordered.splice(5, 0, writer);
  const bylines = random.shuffle(ordered.flatMap((c, i) => Array<typeof c>(CORRESPONDENT_OUTPUT[i] ?? 0).fill(c)));
  const editors = staff.slice(0, 2);
  const rows: Prisma.ArticleCreateManyInput[] = [];

  for (const spec of h1Specs(random, people, activities)) {
    const reporter = random.pick(staff).name;
    const correspondent = spec.author === 'correspondent' ? bylines.pop() : undefined;
    const author = correspondent ?? random.pick(staff);
    const formal = spec.category === 'notice' || spec.category === 'policy';
    rows.push({
      title: spec.title,
      category: spec.category,
      status: 'published',
      summary: articleSummary(spec.title),
      bodyHtml: articleBody(random, spec.category, spec.title),
      bylineCorrespondent: correspondent?.name ?? '',
      bylineReporter: formal ? '' : correspondent ? reporter : author.name,
      authorId: author.id,
      reviewerId: correspondent ? random.pick(editors).id : null,
      pinned: spec.pinned ?? false,
      pinnedAt: spec.pinned ? spec.publishedAt : null,
      submittedAt: correspondent ? addDays(spec.publishedAt, -random.int(1, 3)) : null,
      publishedAt: spec.publishedAt,
      readCount: spec.pinned ? random.int(2500, 4200) : formal ? random.int(600, 2400) : random.int(80, 1500),
      createdAt: addDays(spec.publishedAt, -random.int(3, 6)),
      updatedAt: spec.publishedAt,
    });
  }
  if (bylines.length !== 0) throw new Error(`${bylines.length} correspondent articles unassigned`);

  const used = new Set(rows.map((r) => r.title));
  const staffAuthor = staff[1] ?? staff[0];
  if (!staffAuthor) throw new Error('no staff');
  const recent = [...fillTitles(random, people, 'industry', 5, used, true), ...fillTitles(random, people, 'member_style', 3, used, true)];
  recent.forEach((spec, i) => {
    const publishedAt = beijingDay(now, -(i * 3 + 1), 10);
    rows.push({
      title: spec.title,
      category: spec.category,
      status: 'published',
      summary: articleSummary(spec.title),
      bodyHtml: articleBody(random, spec.category, spec.title),
      bylineReporter: staffAuthor.name,
      authorId: staffAuthor.id,
      publishedAt,
      readCount: random.int(30, 400),
      createdAt: addDays(publishedAt, -1),
      updatedAt: publishedAt,
    });
  });

  const desk = fillTitles(random, people, 'member_style', 5, used, true);
  const states = ['draft', 'draft', 'submitted', 'submitted', 'returned'] as const;
  desk.forEach((spec, i) => {
    const status = states[i] ?? 'draft';
    const createdAt = beijingDay(now, -(i + 2), 16);
    rows.push({
      title: spec.title,
      category: spec.category,
      status,
      summary: articleSummary(spec.title),
      bodyHtml: articleBody(random, spec.category, spec.title),
      bylineCorrespondent: writer?.name ?? '',
      authorId: writerId,
      createdAt,
      updatedAt: createdAt,
      submittedAt: status === 'draft' ? null : addHours(createdAt, 2),
      reviewerId: status === 'returned' ? staffAuthor.id : null,
      reviewNote: status === 'returned' ? '请补充活动现场照片，并核实参与人数后重新提交。' : null,
    });
  });
  const withdrawnAt = chinaTime(2024, 3, 14, 10);
  rows.push({
    title: '关于调整2024年度会费标准的通知（已撤回）',
    category: 'notice',
    status: 'unpublished',
    authorId: staffAuthor.id,
    publishedAt: withdrawnAt,
    bodyHtml: '<p>本通知内容有误，已撤回。</p>',
    createdAt: withdrawnAt,
    updatedAt: addHours(withdrawnAt, 3),
  });
  rows.push({
    title: '关于开展物业服务满意度测评的通知',
    category: 'notice',
    status: 'scheduled',
    authorId: staffAuthor.id,
    scheduledAt: beijingDay(now, 2, 9),
    bodyHtml: '<p>各会员单位：协会将于近期开展物业服务满意度测评，请做好配合工作。</p>',
    createdAt: now,
    updatedAt: now,
  });

  await insertInBatches(rows, (batch) => db.article.createMany({ data: batch }), 200);
}
