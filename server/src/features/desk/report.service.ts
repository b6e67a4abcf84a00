import type { PrismaClient } from '@wuxie/prisma';
import {
  ASSOCIATION_NAME,
  REPORT_SECTION_HEADINGS,
  formatChinaStamp,
  formatPercent,
  type DeskFigure,
  type DeskFigureKey,
  type DeskPeriod,
  type ReportSection,
  type ReportSectionKey,
  type WorkReport,
} from '@wuxie/shared';
import { buildFigures } from './figures.mappers';
import { articlesByCategory, loadDeskData, type DeskData } from './desk.service';

const NUMERALS = ['一', '二', '三', '四', '五', '六'];
const titles = (rows: ReadonlyArray<{ title: string }>) => rows.map((r) => `《${r.title}》`).join('、');
const nonZero = (rows: ReadonlyArray<{ label: string; count: number }>, unit: string) =>
  rows
    .filter((r) => r.count > 0)
    .map((r) => `${r.label} ${r.count} ${unit}`)
    .join('、');

type Figures = Record<DeskFigureKey, DeskFigure>;
type Compose = (data: DeskData, f: Figures) => { paragraphs: string[]; figures: DeskFigureKey[] };

const SECTIONS: Record<ReportSectionKey, Compose> = {
  party_building: (data, f) => {
    const days = data.named.filter((a) => a.type === 'party_day');
    const held = f.party_days.value === 0 ? '本期未组织主题党日活动' : `组织主题党日活动 ${f.party_days.display}（${titles(days)}）`;
    return {
      paragraphs: [`${data.period.label}，协会坚持以党建引领行业发展，${held}，在“党建引领”栏目发布稿件 ${f.party_articles.display}。`],
      figures: ['party_days', 'party_articles'],
    };
  },
  training: (data, f) => {
    const a = data.activities;
    const online = data.named.filter((x) => x.type === 'online_training');
    const exams = data.named.filter((x) => x.type === 'exam');
    const byType = nonZero(a.byType, '场');
    const paragraphs = [
      `${data.period.label}，协会共举办各类活动 ${f.activities_held.display}${byType ? `（${byType}）` : ''}，${f.companies.display}物业企业、${f.participants.display}参加。`,
    ];
    paragraphs.push(online.length === 0 ? '本期未开展线上培训。' : `开展线上培训 ${f.online_trainings.display}：${titles(online)}。`);
    paragraphs.push(
      exams.length === 0
        ? '本期未组织职业技能等级认定。'
        : `组织职业技能等级认定 ${exams.length} 场（${titles(exams)}），参考 ${a.sat} 人，合格 ${a.passed} 人，其中一次性通过 ${f.exam_first_passed.display}，合格率 ${formatPercent(a.passed, a.sat)}。`,
    );
    return {
      paragraphs,
      figures: ['activities_held', 'companies', 'participants', 'online_trainings', 'exam_pass_rate', 'exam_first_passed'],
    };
  },
  advisory: (data, f) => {
    const c = data.complaints;
    const topics = data.advisory.surveys.map((s) => s.topic || s.title).filter((t, i, all) => all.indexOf(t) === i);
    const surveys =
      f.surveys.value === 0 ? '本期未开展受托专题调研' : `受住房和城乡建设局委托开展专题调研 ${f.surveys.display}（${topics.join('、')}）`;
    const satisfaction =
      c.satisfaction.denominator === 0
        ? '本期无回访记录'
        : `回访 ${c.satisfaction.denominator} 件，满意和基本满意 ${c.satisfaction.numerator} 件，回访满意率 ${formatPercent(c.satisfaction.numerator, c.satisfaction.denominator)}`;
    return {
      paragraphs: [
        `${surveys}，报送意见建议 ${f.suggestions.display}。`,
        `发挥物业纠纷化解“第一道防线”作用，受理投诉 ${f.complaints_received.display}，办结 ${f.complaints_closed.display}，超时 ${f.complaints_overdue.display}；${satisfaction}。`,
      ],
      figures: ['surveys', 'suggestions', 'complaints_received', 'complaints_closed', 'complaints_overdue', 'follow_up_satisfaction'],
    };
  },
  publicity: (data, f) => {
    const byCategory = nonZero(articlesByCategory(data), '篇');
    const top = data.topCorrespondents
      .slice(0, 3)
      .map((c) => `${c.name}（${c.published} 篇）`)
      .join('、');
    const years = data.period.years.join('、');
    return {
      paragraphs: [
        `发布新闻报道 ${f.articles_published.display}${byCategory ? `（${byCategory}）` : ''}，${f.correspondents_published.display}通讯员供稿${top ? `，发稿较多的有${top}` : ''}。`,
        `表彰 ${years} 年度优秀会员单位 ${f.commended_companies.display}、优秀通讯员 ${f.commended_correspondents.display}。`,
      ],
      figures: ['articles_published', 'correspondents_published', 'commended_companies', 'commended_correspondents'],
    };
  },
};

/** The report's text from the period's data: every number comes from `figures`, none is typed in. */
export function composeReport(data: DeskData): WorkReport {
  const figures = buildFigures(data);
  const sections: ReportSection[] = (Object.keys(SECTIONS) as ReportSectionKey[]).map((key, i) => {
    const { paragraphs, figures: keys } = SECTIONS[key](data, figures);
    return { key, heading: `${NUMERALS[i] ?? i + 1}、${REPORT_SECTION_HEADINGS[key]}`, paragraphs, figures: keys.map((k) => figures[k]) };
  });
  const p = data.period;
  return {
    title: `${ASSOCIATION_NAME}${p.label}工作报告`,
    association: ASSOCIATION_NAME,
    period: p,
    generatedAt: data.now.toISOString(),
    intro: `本报告统计期间为 ${p.from} 至 ${p.to}。${p.label}，协会围绕党建引领、培训与技能、咨询服务与投诉处理、宣传工作开展各项工作，现将主要情况报告如下。`,
    sections,
    note: `本报告中的数字均由物协通系统于 ${formatChinaStamp(data.now)} 按记录统计生成，未经手工填写；每一项数字的来源列表附于各部分之后，可在系统中按所列条件查看明细。`,
  };
}

/** The work report for a period. */
export async function workReport(db: PrismaClient, period: DeskPeriod, now: Date): Promise<WorkReport> {
  return composeReport(await loadDeskData(db, period, now));
}
