import { createRegistration } from '@wuxie/prisma/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, type TestApp } from '../../../test/test-app';
import { queueDayBeforeReminders } from './reminders.service';
import { HOUR, memberWorker, openActivity } from './activities.test-kit';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => closeTestApp(t));

describe('the day-before reminder', () => {
  it('is queued once for each confirmed person of an activity starting within a day', async () => {
    const tomorrow = await openActivity(t.db, {
      title: '明天的培训',
      startAt: new Date(Date.now() + 20 * HOUR),
      endAt: new Date(Date.now() + 22 * HOUR),
      signupEndAt: new Date(Date.now() + 10 * HOUR),
    });
    const nextWeek = await openActivity(t.db);
    const [a, b, c, d] = await Promise.all([memberWorker(t), memberWorker(t), memberWorker(t), memberWorker(t)]);
    await createRegistration(t.db, { activityId: tomorrow.id, userId: a.user.id });
    await createRegistration(t.db, { activityId: tomorrow.id, userId: b.user.id, status: 'waitlisted' });
    await createRegistration(t.db, { activityId: tomorrow.id, userId: c.user.id, status: 'cancelled' });
    await createRegistration(t.db, { activityId: nextWeek.id, userId: d.user.id });

    await Promise.all([queueDayBeforeReminders(t.db, new Date()), queueDayBeforeReminders(t.db, new Date())]);
    await queueDayBeforeReminders(t.db, new Date());
    const notes = await t.db.notification.findMany({
      where: { kind: 'activity.reminder', userId: { in: [a, b, c, d].map((p) => p.user.id) } },
    });
    expect(notes.map((n) => n.userId)).toEqual([a.user.id]);
    expect(notes[0]?.body).toContain('明天的培训');
    expect(notes[0]?.payload).toMatchObject({ templateKey: 'activity_reminder' });
  });
});
