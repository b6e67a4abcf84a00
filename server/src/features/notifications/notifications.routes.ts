import { idParamsSchema, notificationListQuerySchema, notificationListSchema, okSchema, subscribeResultSchema } from '@wuxie/shared';
import { defineRoute, errorContent } from '../../lib/route';

const json = <T>(schema: T) => ({ 'application/json': { schema } });
const tags = ['消息'];

export const listNotifications = defineRoute({
  method: 'get',
  path: '/notifications',
  tags,
  summary: '我的消息（站内信，订阅消息被拒时也能看到进展）',
  access: 'authenticated',
  request: { query: notificationListQuerySchema },
  responses: { 200: { description: '消息列表，新的在前', content: json(notificationListSchema) } },
});

export const markRead = defineRoute({
  method: 'post',
  path: '/notifications/{id}/read',
  tags,
  summary: '标记一条消息已读',
  access: 'authenticated',
  request: { params: idParamsSchema('消息') },
  responses: {
    200: { description: '已读（已读过的再标记也是 200）', content: json(okSchema) },
    404: { description: '没有这条消息，或它不是发给调用者的', content: errorContent },
  },
});

export const markAllRead = defineRoute({
  method: 'post',
  path: '/notifications/read-all',
  tags,
  summary: '全部标记已读',
  access: 'authenticated',
  responses: { 200: { description: '已读', content: json(okSchema) } },
});

export const recordSubscribe = defineRoute({
  method: 'post',
  path: '/notifications/subscribe',
  tags,
  summary: '记录 wx.requestSubscribeMessage 的结果（每个 accept 可推送一次）',
  access: 'authenticated',
  request: { body: { content: json(subscribeResultSchema), required: true } },
  responses: { 200: { description: '已记录', content: json(okSchema) } },
});
