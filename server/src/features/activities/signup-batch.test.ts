import { createRegistration, createUser } from '@wuxie/prisma/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, type TestApp } from '../../../test/test-app';
import { SignupBatcher, type SeatAnswer, type SeatRequest } from './signup-batch.service';
import { openActivity } from './activities.test-kit';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => closeTestApp(t));

async function people(n: number) {
  return Promise.all(Array.from({ length: n }, () => createUser(t.db, { roles: ['worker'] })));
}

const request = (activityId: number, userId: number): SeatRequest => ({
  activityId,
  person: { userId, roles: ['worker'], companyId: null, registeredById: userId },
  extra: {},
});
const summary = (a: SeatAnswer) =>
  a.kind === 'inserted' ? `${a.registration.status}${a.waitlistPosition == null ? '' : `#${a.waitlistPosition}`}` : a.kind;

describe('sign-up batches (group commit)', () => {
  it('decides a whole batch in arrival order across activities: seats, places, double taps, full, closed, registered', async () => {
    const batcher = new SignupBatcher(t.db);
    const withLine = await openActivity(t.db, { capacity: 2 });
    const noLine = await openActivity(t.db, { capacity: 1, waitlistEnabled: false });
    const cancelled = await openActivity(t.db, { status: 'cancelled' });
    const [a, b, c, d, e, f] = await people(6);
    if (!a || !b || !c || !d || !e || !f) throw new Error('people');
    // f holds the first seat; a free seat with nobody waiting is left for the batch.
    await createRegistration(t.db, { activityId: withLine.id, userId: f.id, status: 'confirmed' });
    await t.db.activity.update({ where: { id: withLine.id }, data: { confirmedCount: 1 } });
    // All asked in the same turn of the event loop: one batch.
    const answers = await Promise.all([
      batcher.seat(request(withLine.id, a.id)), // the last seat
      batcher.seat(request(noLine.id, a.id)), // the only seat of the other activity
      batcher.seat(request(withLine.id, b.id)), // first in line: #1
      batcher.seat(request(withLine.id, a.id)), // a's second tap
      batcher.seat(request(noLine.id, c.id)), // no seat, no line
      batcher.seat(request(cancelled.id, d.id)),
      batcher.seat(request(withLine.id, f.id)), // registered before
      batcher.seat(request(withLine.id, e.id)), // #2
    ]);
    expect(answers.map(summary)).toEqual([
      'confirmed',
      'confirmed',
      'waitlisted#1',
      'registered',
      'full',
      'closed',
      'registered',
      'waitlisted#2',
    ]);
    expect(answers[5]).toEqual({ kind: 'closed', status: 'cancelled' });

    const rows = await t.db.registration.findMany({
      where: { activityId: { in: [withLine.id, noLine.id, cancelled.id] } },
      orderBy: { id: 'asc' },
    });
    expect(rows.map((r) => [r.activityId, r.userId, r.status])).toEqual([
      [withLine.id, f.id, 'confirmed'],
      [withLine.id, a.id, 'confirmed'],
      [noLine.id, a.id, 'confirmed'],
      [withLine.id, b.id, 'waitlisted'],
      [withLine.id, e.id, 'waitlisted'],
    ]);
    const line = rows.filter((r) => r.status === 'waitlisted' && r.activityId === withLine.id && r.userId !== f.id);
    expect(line.map((r) => r.waitlistSeq)).toEqual(line.map((r) => r.id)); // the place in line is the id, in arrival order
    const counts = await t.db.activity.findMany({
      where: { id: { in: [withLine.id, noLine.id] } },
      orderBy: { id: 'asc' },
      select: { confirmedCount: true },
    });
    expect(counts.map((x) => x.confirmedCount)).toEqual([2, 1]);
  });

  it('gives a seat found free while people wait to the line, not to a newcomer, and tells the newcomer their real place', async () => {
    const batcher = new SignupBatcher(t.db);
    const activity = await openActivity(t.db, { capacity: 3 });
    const [a, b, c, d] = await people(4);
    if (!a || !b || !c || !d) throw new Error('people');
    // Two seats free and one person waiting: a state no app path leaves, but data made before
    // batches or past the app can.
    await createRegistration(t.db, { activityId: activity.id, userId: a.id, status: 'confirmed' });
    await t.db.activity.update({ where: { id: activity.id }, data: { confirmedCount: 1 } });
    const waiting = await createRegistration(t.db, { activityId: activity.id, userId: b.id, status: 'waitlisted', waitlistSeq: 1 });
    const answers = await Promise.all([batcher.seat(request(activity.id, c.id)), batcher.seat(request(activity.id, d.id))]);
    // The one who waited gets the first free seat; of the newcomers, the first in gets the other
    // seat (promoted from the line) and the second waits at #1.
    expect((await t.db.registration.findUniqueOrThrow({ where: { id: waiting.id } })).status).toBe('confirmed');
    expect(answers.map(summary)).toEqual(['confirmed', 'waitlisted']);
    const [first, second] = answers;
    expect(first.kind === 'inserted' && first.registration.promotedAt).toBeInstanceOf(Date);
    expect(second.kind === 'inserted' && second.waitlistPosition).toBeUndefined();
    const res = await t.db.activity.findUniqueOrThrow({ where: { id: activity.id } });
    expect(res.confirmedCount).toBe(3);
  });

  it('stores each person’s extra values exactly, whatever characters they hold', async () => {
    const batcher = new SignupBatcher(t.db);
    const activity = await openActivity(t.db, { capacity: 5 });
    const [a, b] = await people(2);
    if (!a || !b) throw new Error('people');
    const tricky = { idNumber: '11010519491231002X', note: `O'Brien "引号" \\ 反斜杠 😀 {"a":[1]} $1 ::jsonb` };
    const answers = await Promise.all([
      batcher.seat({ ...request(activity.id, a.id), extra: tricky }),
      batcher.seat({ ...request(activity.id, b.id), extra: {} }),
    ]);
    expect(answers.map(summary)).toEqual(['confirmed', 'confirmed']);
    const rows = await t.db.registration.findMany({ where: { activityId: activity.id }, orderBy: { id: 'asc' }, select: { extra: true } });
    expect(rows.map((r) => r.extra)).toEqual([tricky, {}]);
    expect(answers[0].kind === 'inserted' && answers[0].registration.extra).toEqual(tricky);
  });

  it('gives a request that breaks the batch its own error and still writes everyone else', async () => {
    const batcher = new SignupBatcher(t.db);
    const activity = await openActivity(t.db, { capacity: 1 });
    const [a, b] = await people(2);
    if (!a || !b) throw new Error('people');
    const settled = await Promise.allSettled([
      batcher.seat(request(activity.id, a.id)),
      batcher.seat(request(activity.id, 2_000_000_000)), // no such user: the foreign key fails the batch
      batcher.seat(request(activity.id, b.id)),
    ]);
    expect(settled.map((s) => (s.status === 'fulfilled' ? summary(s.value) : 'rejected'))).toEqual([
      'confirmed',
      'rejected',
      'waitlisted#1',
    ]);
    const rows = await t.db.registration.findMany({ where: { activityId: activity.id }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.userId, r.status])).toEqual([
      [a.id, 'confirmed'],
      [b.id, 'waitlisted'],
    ]);
    expect((await t.db.activity.findUniqueOrThrow({ where: { id: activity.id } })).confirmedCount).toBe(1);
  });

  it('runs batches over the same activities in opposite orders side by side without deadlock or double seats', async () => {
    const first = new SignupBatcher(t.db);
    const second = new SignupBatcher(t.db);
    const x = await openActivity(t.db, { capacity: 5 });
    const y = await openActivity(t.db, { capacity: 5 });
    const crowd = await people(40);
    const answers = await Promise.all(
      crowd.flatMap((p, i) =>
        i % 2 === 0
          ? [first.seat(request(x.id, p.id)), first.seat(request(y.id, p.id))]
          : [second.seat(request(y.id, p.id)), second.seat(request(x.id, p.id))],
      ),
    );
    expect(answers.filter((a) => a.kind === 'inserted' && a.registration.status === 'confirmed')).toHaveLength(10);
    for (const activity of [x, y]) {
      const line = await t.db.registration.findMany({
        where: { activityId: activity.id, status: 'waitlisted' },
        orderBy: { waitlistSeq: 'asc' },
        select: { id: true },
      });
      const told = new Map(answers.flatMap((a) => (a.kind === 'inserted' ? [[a.registration.id, a.waitlistPosition] as const] : [])));
      expect(line.map((r) => told.get(r.id))).toEqual(line.map((_, i) => i + 1));
      expect((await t.db.activity.findUniqueOrThrow({ where: { id: activity.id } })).confirmedCount).toBe(5);
    }
  });
});
