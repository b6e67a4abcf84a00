import { z } from 'zod';

export const ACTIVITY_TYPES = ['training', 'online_training', 'exam', 'party_day', 'meeting', 'public_welfare'] as const;
export const activityTypeSchema = z.enum(ACTIVITY_TYPES, { error: '活动类型只能是培训、线上培训、职业技能等级认定、主题党日、会议或公益' });
export type ActivityType = z.infer<typeof activityTypeSchema>;
export const ACTIVITY_TYPE_LABELS: Record<ActivityType, string> = {
  training: '培训',
  online_training: '线上培训',
  exam: '职业技能等级认定',
  party_day: '主题党日',
  meeting: '会议',
  public_welfare: '公益',
};

export const ACTIVITY_STATUSES = ['draft', 'published', 'cancelled', 'finished'] as const;
export const activityStatusSchema = z.enum(ACTIVITY_STATUSES, { error: '活动状态只能是草稿、已发布、已取消或已结束' });
export type ActivityStatus = z.infer<typeof activityStatusSchema>;
export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = {
  draft: '草稿',
  published: '已发布',
  cancelled: '已取消',
  finished: '已结束',
};

export const AUDIENCES = ['everyone', 'member_workers'] as const;
export const audienceSchema = z.enum(AUDIENCES, { error: '报名对象只能是“所有人”或“会员单位从业人员”' });
export type Audience = z.infer<typeof audienceSchema>;
export const AUDIENCE_LABELS: Record<Audience, string> = {
  everyone: '所有人',
  member_workers: '会员单位从业人员',
};

export const CANCEL_RULES = ['until_deadline', 'not_allowed'] as const;
export const cancelRuleSchema = z.enum(CANCEL_RULES, { error: '取消规则只能是“报名截止前可取消”或“报名后不可取消”' });
export type CancelRule = z.infer<typeof cancelRuleSchema>;
export const CANCEL_RULE_LABELS: Record<CancelRule, string> = {
  until_deadline: '报名截止前可取消',
  not_allowed: '报名后不可取消',
};

export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;
export const registrationStatusSchema = z.enum(REGISTRATION_STATUSES, { error: '报名状态只能是已报名、候补中或已取消' });
export type RegistrationStatus = z.infer<typeof registrationStatusSchema>;
export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  confirmed: '报名成功',
  waitlisted: '候补中',
  cancelled: '已取消',
};

export const EXAM_RESULTS = ['passed', 'failed'] as const;
export const examResultSchema = z.enum(EXAM_RESULTS, { error: '考试结果只能是“合格”或“不合格”' });
export type ExamResult = z.infer<typeof examResultSchema>;
export const EXAM_RESULT_LABELS: Record<ExamResult, string> = {
  passed: '合格',
  failed: '不合格',
};

/** Reads an exam result the way people type it into the roster (合格 / 通过 / 不合格 / passed …). */
export function parseExamResultLabel(text: string): ExamResult | null {
  const t = text.trim().toLowerCase();
  if (['合格', '通过', '及格', 'passed', 'pass', '是'].includes(t)) return 'passed';
  if (['不合格', '未通过', '不及格', 'failed', 'fail', '否'].includes(t)) return 'failed';
  return null;
}
