import { describe, expect, it } from 'vitest';
import {
  ARTICLE_STATUSES,
  ARTICLE_TRANSITIONS,
  availableActions,
  canEditArticle,
  canPin,
  canTakeAction,
  canViewOnDesk,
} from './article-status';
import { articleActionRequestSchema, newsStatsQuerySchema } from './news.schemas';

const author = { userId: 1, roles: ['correspondent'] as const };
const otherCorrespondent = { userId: 2, roles: ['correspondent'] as const };
const staff = { userId: 3, roles: ['staff'] as const };
const admin = { userId: 4, roles: ['admin'] as const };

describe('article status machine', () => {
  it('lets the author submit a draft or a returned article, and withdraw a submitted one', () => {
    expect(availableActions({ status: 'draft', authorId: 1 }, author)).toEqual(['submit']);
    expect(availableActions({ status: 'returned', authorId: 1 }, author)).toEqual(['submit']);
    expect(availableActions({ status: 'submitted', authorId: 1 }, author)).toEqual(['withdraw']);
    expect(availableActions({ status: 'published', authorId: 1 }, author)).toEqual([]);
  });

  it('gives staff publish, schedule and return on the review queue, and unpublish once published', () => {
    expect(availableActions({ status: 'submitted', authorId: 1 }, staff)).toEqual(['publish', 'schedule', 'return']);
    expect(availableActions({ status: 'published', authorId: 1 }, staff)).toEqual(['unpublish']);
    expect(availableActions({ status: 'scheduled', authorId: 1 }, staff)).toEqual(['publish', 'unpublish']);
    expect(availableActions({ status: 'unpublished', authorId: 1 }, staff)).toEqual(['publish', 'schedule']);
  });

  it('treats admin as staff', () => {
    expect(availableActions({ status: 'submitted', authorId: 1 }, admin)).toEqual(['publish', 'schedule', 'return']);
  });

  it('keeps a draft private to its author until it is submitted, even from staff', () => {
    expect(canViewOnDesk({ status: 'draft', authorId: 1 }, staff)).toBe(false);
    expect(canTakeAction('publish', { status: 'draft', authorId: 1 }, staff)).toBe(false);
    expect(availableActions({ status: 'draft', authorId: 3 }, staff)).toEqual(['submit', 'publish', 'schedule']);
  });

  it('never lets a correspondent act on someone else’s article', () => {
    for (const status of ARTICLE_STATUSES) {
      expect(availableActions({ status, authorId: 1 }, otherCorrespondent)).toEqual([]);
      expect(canEditArticle({ status, authorId: 1 }, otherCorrespondent)).toBe(false);
    }
  });

  it('lets the author edit only drafts and returned articles, staff any article they can see', () => {
    const editable = ARTICLE_STATUSES.filter((status) => canEditArticle({ status, authorId: 1 }, author));
    expect(editable).toEqual(['draft', 'returned']);
    expect(canEditArticle({ status: 'published', authorId: 1 }, staff)).toBe(true);
  });

  it('pins only published articles, and only for staff', () => {
    expect(canPin({ status: 'published' }, staff)).toBe(true);
    expect(canPin({ status: 'scheduled' }, staff)).toBe(false);
    expect(canPin({ status: 'published' }, author)).toBe(false);
  });

  it('never lists a step’s target among its own sources', () => {
    for (const t of Object.values(ARTICLE_TRANSITIONS)) expect(t.from).not.toContain(t.to);
  });
});

describe('action requests', () => {
  it('requires a note of at least two characters to return an article', () => {
    const result = articleActionRequestSchema.safeParse({ action: 'return', note: ' ' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('退回意见');
  });

  it('refuses a schedule time in the past and accepts one tomorrow', () => {
    const past = articleActionRequestSchema.safeParse({ action: 'schedule', publishAt: '2020-01-01T00:00:00+08:00' });
    expect(past.error?.issues[0]?.message).toBe('定时发布时间须晚于现在');
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    expect(articleActionRequestSchema.safeParse({ action: 'schedule', publishAt: tomorrow }).success).toBe(true);
  });

  it('refuses a stats period that ends before it starts', () => {
    const result = newsStatsQuerySchema.safeParse({ from: '2024-06-01', to: '2024-01-01' });
    expect(result.error?.issues[0]).toMatchObject({ path: ['to'], message: '开始日期不能晚于结束日期' });
  });
});
