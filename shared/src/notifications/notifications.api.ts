import { okSchema } from '../auth/auth.schemas';
import { endpoint } from '../common/endpoint';
import { idParamsSchema } from '../common/ids';
import { notificationListQuerySchema, notificationListSchema, subscribeResultSchema } from './notifications.schemas';

/** 消息: the caller's in-app messages and their answers to WeChat's subscription requests. */
export const notificationsApi = {
  listNotifications: endpoint({
    method: 'get',
    path: '/notifications',
    query: notificationListQuerySchema,
    response: notificationListSchema,
    access: 'authenticated',
  }),
  markRead: endpoint({
    method: 'post',
    path: '/notifications/{id}/read',
    params: idParamsSchema('消息'),
    response: okSchema,
    access: 'authenticated',
  }),
  markAllRead: endpoint({ method: 'post', path: '/notifications/read-all', response: okSchema, access: 'authenticated' }),
  recordSubscribe: endpoint({
    method: 'post',
    path: '/notifications/subscribe',
    body: subscribeResultSchema,
    response: okSchema,
    access: 'authenticated',
  }),
};
