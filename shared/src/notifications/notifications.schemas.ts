import { z } from 'zod';

/**
 * Subscription-message templates we push. The key is ours; the WeChat template id for each comes
 * from server config (WECHAT_TEMPLATE_<KEY>), since ids differ per mini-program.
 */
export const TEMPLATE_KEYS = ['complaint_progress', 'waitlist_promoted', 'activity_reminder', 'activity_cancelled', 'article_reviewed'] as const;
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
  cursor: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

/** What wx.requestSubscribeMessage answered, per template: 'accept' grants one message. */
export const subscribeResultSchema = z
  .object({
    results: z.partialRecord(templateKeySchema, z.enum(['accept', 'reject', 'ban', 'filter'])),
  })
  .meta({ id: 'SubscribeResult' });
export type SubscribeResult = z.infer<typeof subscribeResultSchema>;
