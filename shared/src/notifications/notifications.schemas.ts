import { z } from 'zod';
import { idTextSchema } from '../common/ids';

/**
 * Subscription-message templates we push. The key is ours; the WeChat template id for each comes
 * from server config (WECHAT_TEMPLATE_<KEY>), since ids differ per mini-program.
 */
export const TEMPLATE_KEYS = [
  'complaint_progress',
  'waitlist_promoted',
  'activity_reminder',
  'activity_cancelled',
  'article_reviewed',
] as const;
export const templateKeySchema = z.enum(TEMPLATE_KEYS);
export type TemplateKey = z.infer<typeof templateKeySchema>;

export const notificationSchema = z
  .object({
    id: z.number().int(),
    kind: z.string(),
    title: z.string(),
    body: z.string(),
    link: z.string().nullable(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({ id: 'Notification' });
export type NotificationItem = z.infer<typeof notificationSchema>;

export const notificationListSchema = z
  .object({ items: z.array(notificationSchema), unread: z.number().int(), nextCursor: z.number().int().nullable() })
  .meta({ id: 'NotificationList' });
export type NotificationList = z.infer<typeof notificationListSchema>;

export const notificationListQuerySchema = z.object({
  cursor: idTextSchema('翻页游标').optional().describe('id of the last message served'),
  limit: z.coerce
    .number({ error: '每页条数应为数字' })
    .int({ message: '每页条数应为整数' })
    .min(1, { message: '每页至少 1 条' })
    .max(50, { message: '每页最多 50 条' })
    .default(20),
});

/** What wx.requestSubscribeMessage answered, per template: 'accept' grants one message. */
export const subscribeResultSchema = z
  .object({
    results: z.partialRecord(templateKeySchema, z.enum(['accept', 'reject', 'ban', 'filter'])),
  })
  .meta({ id: 'SubscribeResult' });
export type SubscribeResult = z.infer<typeof subscribeResultSchema>;
