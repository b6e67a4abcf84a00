import { DESK_FIGURE_LABELS, formatPercent, type DeskFigure, type DeskFigureKey, type FigureLink } from '@wuxie/shared';
import { activitiesLink, articlesLink, commendationsLink, ledgerLink, recordsLink } from './links.mappers';
import type { DeskData } from './desk.service';

function count(key: DeskFigureKey, value: number, unit: string, link: FigureLink): DeskFigure {
  return { key, label: DESK_FIGURE_LABELS[key], value, unit, display: `${value} ${unit}`, link };
}

function ratio(key: DeskFigureKey, numerator: number, denominator: number, link: FigureLink): DeskFigure {
  return {
    key,
    label: DESK_FIGURE_LABELS[key],
    value: denominator === 0 ? null : numerator / denominator,
    unit: '%',
    display: denominator === 0 ? '—（无记录）' : `${formatPercent(numerator, denominator)}（${numerator}/${denominator}）`,
    numerator,
    denominator,
    link,
  };
}

/** Every figure of the period, each with the list behind it. */
export function buildFigures(data: DeskData): Record<DeskFigureKey, DeskFigure> {
  const { period: p, activities: a, complaints: c } = data;
  const typeCount = (type: string) => a.byType.find((t) => t.type === type)?.count ?? 0;
  const published = data.news.byCategoryMonth.reduce((sum, r) => sum + r.count, 0);
  const partyArticles = data.news.byCategoryMonth.filter((r) => r.category === 'party_building').reduce((sum, r) => sum + r.count, 0);
  const commended = (kind: 'excellent_company' | 'excellent_correspondent') => data.commendations.filter((x) => x.kind === kind).length;
  return {
    activities_held: count('activities_held', a.activitiesHeld, '场', activitiesLink(p)),
    participants: count('participants', a.participants, '人', recordsLink(p, 'participants')),
    companies: count('companies', a.companies, '家', recordsLink(p, 'companies')),
    online_trainings: count('online_trainings', typeCount('online_training'), '场', activitiesLink(p, 'online_training')),
    exam_pass_rate: ratio('exam_pass_rate', a.passed, a.sat, recordsLink(p, 'exam_sat')),
    exam_first_passed: count('exam_first_passed', data.firstPassed, '人', recordsLink(p, 'exam_first_passes')),
    party_days: count('party_days', typeCount('party_day'), '场', activitiesLink(p, 'party_day')),
    articles_published: count('articles_published', published, '篇', articlesLink(p)),
    party_articles: count('party_articles', partyArticles, '篇', articlesLink(p, { category: 'party_building' })),
    correspondents_published: count('correspondents_published', data.correspondents, '名', recordsLink(p, 'correspondents')),
    complaints_received: count('complaints_received', c.received, '件', ledgerLink(p)),
    complaints_closed: count('complaints_closed', c.closed, '件', ledgerLink(p, { status: 'closed' }, '已办结投诉')),
    complaints_overdue: count('complaints_overdue', c.overdue, '件', recordsLink(p, 'overdue_complaints')),
    follow_up_satisfaction: ratio(
      'follow_up_satisfaction',
      c.satisfaction.numerator,
      c.satisfaction.denominator,
      recordsLink(p, 'follow_ups'),
    ),
    surveys: count('surveys', data.advisory.surveys.length, '项', recordsLink(p, 'surveys')),
    suggestions: count('suggestions', data.advisory.suggestions, '条', recordsLink(p, 'suggestions')),
    commended_companies: count('commended_companies', commended('excellent_company'), '家', commendationsLink(p, 'excellent_company')),
    commended_correspondents: count(
      'commended_correspondents',
      commended('excellent_correspondent'),
      '名',
      commendationsLink(p, 'excellent_correspondent'),
    ),
  };
}
