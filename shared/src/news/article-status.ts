import { z } from 'zod';
import { hasRole, type Role } from '../auth/roles';

/**
 * An article's life: a correspondent's draft is submitted, then staff publish it (now or at a
 * set time) or return it with a note; a returned draft is edited and submitted again. Staff
 * write and publish their own directly, and can take a published article down.
 */
export const ARTICLE_STATUSES = ['draft', 'submitted', 'returned', 'scheduled', 'published', 'unpublished'] as const;
export const articleStatusSchema = z.enum(ARTICLE_STATUSES, { message: '稿件状态不正确' });
export type ArticleStatus = z.infer<typeof articleStatusSchema>;

export const ARTICLE_STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: '草稿',
  submitted: '待审核',
  returned: '已退回',
  scheduled: '定时发布',
  published: '已发布',
  unpublished: '已撤下',
};

/** Who may take a step: the article's author, or staff (admin counts as staff). */
type StepBy = 'author' | 'staff';

interface Transition {
  from: readonly ArticleStatus[];
  to: ArticleStatus;
  by: StepBy;
  label: string;
}

export const ARTICLE_ACTIONS = ['submit', 'withdraw', 'publish', 'schedule', 'return', 'unpublish'] as const;
export const articleActionSchema = z.enum(ARTICLE_ACTIONS, { message: '操作不正确' });
export type ArticleAction = z.infer<typeof articleActionSchema>;

/** The one table of allowed steps; the server enforces it with conditional updates. */
export const ARTICLE_TRANSITIONS: Record<ArticleAction, Transition> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', by: 'author', label: '提交审核' },
  withdraw: { from: ['submitted'], to: 'draft', by: 'author', label: '撤回修改' },
  publish: { from: ['draft', 'submitted', 'returned', 'scheduled', 'unpublished'], to: 'published', by: 'staff', label: '发布' },
  schedule: { from: ['draft', 'submitted', 'returned', 'unpublished'], to: 'scheduled', by: 'staff', label: '定时发布' },
  return: { from: ['submitted'], to: 'returned', by: 'staff', label: '退回修改' },
  unpublish: { from: ['published', 'scheduled'], to: 'unpublished', by: 'staff', label: '撤下' },
};

/** Statuses in which the author may still edit; staff may edit in any status. */
export const AUTHOR_EDITABLE_STATUSES: readonly ArticleStatus[] = ['draft', 'returned'];

export interface ArticleForRules {
  status: ArticleStatus;
  authorId: number;
}
export interface ViewerForRules {
  userId: number;
  roles: readonly Role[];
}

/**
 * Whether the viewer sees the article on the desk at all: its author always; staff every
 * article except other people's unsubmitted drafts (a draft is private until submitted).
 */
export function canViewOnDesk(article: ArticleForRules, viewer: ViewerForRules): boolean {
  if (article.authorId === viewer.userId) return true;
  return hasRole(viewer.roles, 'staff') && article.status !== 'draft';
}

/** Whether the viewer may take this step on this article now. */
export function canTakeAction(action: ArticleAction, article: ArticleForRules, viewer: ViewerForRules): boolean {
  const t = ARTICLE_TRANSITIONS[action];
  if (!t.from.includes(article.status) || !canViewOnDesk(article, viewer)) return false;
  return t.by === 'author' ? article.authorId === viewer.userId : hasRole(viewer.roles, 'staff');
}

/** The steps the viewer can take now, in table order (what the client shows as buttons). */
export function availableActions(article: ArticleForRules, viewer: ViewerForRules): ArticleAction[] {
  return ARTICLE_ACTIONS.filter((action) => canTakeAction(action, article, viewer));
}

/** Whether the viewer may change the article's text now. */
export function canEditArticle(article: ArticleForRules, viewer: ViewerForRules): boolean {
  if (!canViewOnDesk(article, viewer)) return false;
  if (hasRole(viewer.roles, 'staff')) return true;
  return article.authorId === viewer.userId && AUTHOR_EDITABLE_STATUSES.includes(article.status);
}

/** Only what readers can see can be pinned to the top of the feed. */
export function canPin(article: { status: ArticleStatus }, viewer: ViewerForRules): boolean {
  return article.status === 'published' && hasRole(viewer.roles, 'staff');
}
