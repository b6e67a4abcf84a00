import { notificationsApi as api } from '@wuxie/shared';
import { defineRoute, errorResponse } from '../../lib/route';

const tags = ['消息'];
export const listNotifications = defineRoute(api.listNotifications, {
  tags,
  summary: '我的消息（站内信，订阅消息被拒时也能看到进展）',
  ok: '消息列表，新的在前',
});

export const markRead = defineRoute(api.markRead, {
  tags,
  summary: '标记一条消息已读',
  ok: '已读（已读过的再标记也是 200）',
  responses: { 404: errorResponse('没有这条消息，或它不是发给调用者的') },
});

export const markAllRead = defineRoute(api.markAllRead, { tags, summary: '全部标记已读', ok: '已读' });

export const recordSubscribe = defineRoute(api.recordSubscribe, {
  tags,
  summary: '记录 wx.requestSubscribeMessage 的结果（每个 accept 可推送一次）',
  ok: '已记录',
});
