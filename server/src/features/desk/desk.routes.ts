import { deskApi as api } from '@wuxie/shared';
import { defineRoute } from '../../lib/route';

const tags = ['工作台'];
export const dashboard = defineRoute(api.dashboard, {
  tags,
  summary:
    '数据看板：期间内活动、培训、考试、资讯、投诉、调研的各项数字（每项附来源列表），会员单位参与与投诉记分卡，优秀会员单位和优秀通讯员候选',
  ok: '看板',
});

export const report = defineRoute(api.report, {
  tags,
  summary: '工作报告（结构化）：党建引领、培训与技能、咨询服务与投诉处理、宣传工作，每个数字附来源',
  ok: '工作报告',
});

export const reportDocx = defineRoute(api.reportDocx, { tags, summary: '下载工作报告（Word .docx）', ok: 'docx 文件' });

export const records = defineRoute(api.records, {
  tags,
  summary:
    '看板数字背后、别处没有逐条列出的记录（分页）：专题调研、意见建议、参加活动人员（可按单位）与单位、认定考试参考人员与一次性通过者、供稿通讯员、投诉回访、超时投诉；total 即看板数字（比率为分母，numerator 为分子）',
  ok: '记录列表',
});
