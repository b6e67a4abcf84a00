import { chinaTime, createArticle } from '@wuxie/prisma/factories';
import { seedDemo } from '@wuxie/prisma/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, type TestApp } from '../../../test/test-app';
import { dashboardOf, docxText, listBehind, reportFigures, reportOf, tokenFor, unzipEntry } from './desk.test-kit';

// The demo data is Huainan's 2024 H1; the report must state PRODUCT.md's figures by counting it.
const H1_2024 = 'period=h1&year=2024';
let t: TestApp;
let staff: string;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.db, { now: new Date('2026-03-18T02:00:00Z') });
  staff = await tokenFor(t, ['staff']);
}, 300_000);
afterAll(async () => {
  await closeTestApp(t);
});

describe('the work report on the demo data (2024 H1)', () => {
  it('states the reference report’s figures, each computed from records and linked to its list', async () => {
    const report = await reportOf(t, H1_2024, staff);
    expect(report.title).toBe('淮南市物业管理协会2024年上半年工作报告');
    expect(report.sections.map((s) => s.heading)).toEqual(['一、党建引领', '二、培训与技能', '三、咨询服务与投诉处理', '四、宣传工作']);
    const f = reportFigures(report);
    expect(f.get('activities_held')?.value).toBe(22);
    expect(f.get('companies')?.value).toBe(186);
    expect(f.get('participants')?.value).toBeGreaterThanOrEqual(3000);
    expect(f.get('exam_pass_rate')).toMatchObject({ numerator: 43, denominator: 51, display: '84%（43/51）' });
    expect(f.get('exam_first_passed')?.value).toBe(43);
    expect(f.get('online_trainings')?.value).toBe(6);
    expect(f.get('follow_up_satisfaction')).toMatchObject({ numerator: 49, denominator: 50, display: '98%（49/50）' });
    expect(f.get('articles_published')?.value).toBe(187);
    expect(f.get('surveys')?.value).toBe(13);
    expect(f.get('suggestions')?.value).toBe(85);
    expect([f.get('commended_companies')?.value, f.get('commended_correspondents')?.value]).toEqual([10, 10]);
    for (const figure of f.values()) expect(figure.link.api).toMatch(/^GET \/api\//);

    const text = report.sections.flatMap((s) => s.paragraphs).join('\n');
    const participants = f.get('participants')?.value;
    for (const phrase of [
      '共举办各类活动 22 场',
      '186 家物业企业',
      `${participants} 人参加`,
      '开展线上培训 6 场',
      '一次性通过 43 人，合格率 84%',
      '回访满意率 98%',
      '发布新闻报道 187 篇',
      '专题调研 13 项',
      '意见建议 85 条',
    ]) {
      expect(text).toContain(phrase);
    }
    for (const topic of ['爱国卫生', '应急能力', '白蚁防治', '垃圾分类', '住宅小区消防安全']) expect(text).toContain(topic);
  });

  it('lists behind every figure of the demo half-year exactly the records it counted', async () => {
    const report = await reportOf(t, H1_2024, staff);
    for (const f of reportFigures(report).values()) {
      const list = await listBehind(t, f.link, staff);
      expect(list.total, `${f.key} ← ${f.link.api}`).toBe(f.denominator ?? f.value);
      if (f.numerator !== undefined) expect(list.numerator, `${f.key} ← ${f.link.api}`).toBe(f.numerator);
    }
  }, 120_000);

  it('ranks the candidates with reasons: companies by participation with their complaint scorecard, correspondents by published articles', async () => {
    const d = await dashboardOf(t, H1_2024, staff);
    expect(d.candidates.companies).toHaveLength(10);
    const most = Math.max(...d.companies.map((c) => c.attendances));
    expect(d.candidates.companies[0]?.reasons[0]).toContain(`参加活动 ${most} 人次`);
    expect(d.candidates.companies.every((c) => c.reasons.length >= 2)).toBe(true);
    expect(d.companies).toHaveLength(186);
    expect(d.candidates.correspondents).toHaveLength(10);
    expect(d.candidates.correspondents.every((c) => c.commended && c.published > 0)).toBe(true);
    expect(d.articlesByCategory.reduce((sum, c) => sum + c.count, 0)).toBe(187);
  });

  it('exports the report as a Word file whose text states the figures in a Chinese font', async () => {
    const res = await t.call('GET', `/api/desk/report.docx?${H1_2024}`, { token: staff });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('2024年上半年工作报告.docx'));
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const xml = unzipEntry(bytes, 'word/document.xml');
    expect(xml).not.toBeNull();
    const text = docxText(xml ?? '');
    for (const phrase of [
      '淮南市物业管理协会2024年上半年工作报告',
      '二、培训与技能',
      '共举办各类活动 22 场',
      '合格率 84%',
      '回访满意率 98%',
      '发布新闻报道 187 篇',
      'GET /api/desk/records?kind=follow_ups&period=h1&year=2024',
    ]) {
      expect(text).toContain(phrase);
    }
    expect(xml).toContain('w:eastAsia="仿宋"');
  });

  it('changes with the records: one more article published in the period is one more in the report', async () => {
    await createArticle(t.db, { status: 'published', category: 'member_style', publishedAt: chinaTime(2024, 6, 20, 10) });
    const report = await reportOf(t, H1_2024, staff);
    expect(reportFigures(report).get('articles_published')?.value).toBe(188);
    expect(report.sections.flatMap((s) => s.paragraphs).join('\n')).toContain('发布新闻报道 188 篇');
    const h2 = await reportOf(t, 'period=h2&year=2024', staff);
    expect(reportFigures(h2).get('activities_held')?.value).toBe(0);
  });
});
