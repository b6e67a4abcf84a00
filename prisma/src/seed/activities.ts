import type { Prisma } from '../../generated/client';
import { addDays, addHours, chinaTime, formatCertificateNo, idNumber, type Random } from '../factories';
import { insertInBatches, type Db } from './batch';
import { EXAM_ROSTER, ONLINE_URL, PAST_ACTIVITIES } from './content/activities-h1';
import type { People, SeededPerson } from './people';
import { RosterBuilder, type PlannedActivity } from './registrations';
import { planUpcoming } from './upcoming';

/** Sign-up field the exam collects (shape documented on Activity.extraFields). */
export const EXAM_FIELDS = [{ key: 'idNumber', label: '身份证号', kind: 'id_number', required: true }];

export interface SeededActivity {
  id: number;
  type: Prisma.ActivityCreateManyInput['type'];
  title: string;
  startAt: Date;
  status: Prisma.ActivityCreateManyInput['status'];
}

/** People who never show up anywhere in 2024 H1 (they register and no-show, or never register). */
const ABSENTEES = 132;

function pastPlans(random: Random, staffIds: readonly number[]): PlannedActivity[] {
  return PAST_ACTIVITIES.map((a) => {
    const startAt = chinaTime(2024, a.date[0], a.date[1], a.date[2]);
    const online = a.type === 'online_training';
    return {
      registrations: new Map(),
      data: {
        type: a.type,
        title: a.title,
        description: a.description,
        place: a.place,
        onlineUrl: online ? ONLINE_URL : null,
        startAt,
        endAt: addHours(startAt, a.hours),
        signupStartAt: addDays(startAt, -14),
        signupEndAt: online ? addHours(startAt, -1) : addDays(startAt, -1),
        capacity: a.capacity,
        waitlistEnabled: !online,
        audience: a.type === 'public_welfare' ? 'everyone' : 'member_workers',
        extraFields: a.type === 'exam' ? EXAM_FIELDS : [],
        cancelRule: a.type === 'exam' ? 'not_allowed' : 'until_deadline',
        status: a.cancelled ? 'cancelled' : 'finished',
        createdById: random.pick(staffIds),
        createdAt: addDays(startAt, -16),
        updatedAt: a.cancelled ? addDays(startAt, -1) : addHours(startAt, a.hours + 2),
      },
    };
  });
}

/**
 * The 2024 H1 calendar with its rosters, then the upcoming activities. Attendance is generated so
 * that every member company and every non-absentee worker checked in somewhere at least once.
 */
export async function seedActivities(db: Db, random: Random, people: People, now: Date): Promise<SeededActivity[]> {
  const { demo } = people;
  const staffIds = demo.staff.map((s) => s.id);
  const plans = pastPlans(random, staffIds);
  const rosters = plans.map((plan) => new RosterBuilder(random, plan, now));
  const roster = (fragment: string): RosterBuilder => {
    const found = rosters.find((r) => r.activity.data.title.includes(fragment));
    if (!found) throw new Error(`no activity titled …${fragment}…`);
    return found;
  };
  const checker = (): number => random.pick(staffIds);
  const adminOf = new Map(people.companies.map((c) => [c.id, c.adminId]));
  const adminIds = new Set(adminOf.values());
  const bulk = (p: SeededPerson): number | null =>
    !adminIds.has(p.id) && random.chance(0.3) ? (adminOf.get(p.companyId ?? 0) ?? null) : null;

  const demoIds = new Set([demo.companyAdminId, demo.workerId, demo.writerId, ...demo.correspondents.map((c) => c.id)]);
  const absentees = new Set(
    random
      .sample(
        people.workers.filter((w) => !adminIds.has(w.id) && !demoIds.has(w.id)),
        ABSENTEES,
      )
      .map((w) => w.id),
  );
  const attendees = people.workers.filter((w) => !absentees.has(w.id));
  const noShows = people.workers.filter((w) => absentees.has(w.id));
  const person = (id: number): SeededPerson => {
    const found = people.workers.find((w) => w.id === id);
    if (!found) throw new Error(`worker ${id} missing`);
    return found;
  };

  // The demo accounts' own history, added first so they always get a seat.
  const demoWorker = person(demo.workerId);
  for (const fragment of ['冬季安全', '考前辅导', '项目经理', '爱国卫生'])
    roster(fragment).add(demoWorker, { checkedIn: true, checkedInById: checker() });
  for (const fragment of ['学雷锋', '应急能力', '世界环境日'])
    roster(fragment).add(person(demo.writerId), { checkedIn: true, checkedInById: checker() });
  for (const fragment of ['调解工作', '垃圾分类'])
    roster(fragment).add(person(demo.companyAdminId), { checkedIn: true, checkedInById: checker() });

  // Exam: candidates sit after the preparatory course; 43 of the 51 who sat pass first time.
  const candidates = [
    demoWorker,
    ...random.sample(
      attendees.filter((w) => !adminIds.has(w.id) && w.id !== demoWorker.id),
      EXAM_ROSTER.registered - 1,
    ),
  ];
  const prep = roster('考前辅导');
  const exam = roster('职业技能等级认定');
  for (const c of candidates) prep.add(c, { checkedIn: random.chance(0.96), checkedInById: checker(), registeredById: bulk(c) });
  const sat = [demoWorker, ...random.shuffle(candidates.slice(1)).slice(0, EXAM_ROSTER.sat - 1)];
  const satIds = new Set(sat.map((p) => p.id));
  const passedIds = new Set([demoWorker, ...random.shuffle(sat.slice(1)).slice(0, EXAM_ROSTER.passed - 1)].map((p) => p.id));
  const certificateSeq = new Map<number, number>();
  for (const c of candidates) {
    exam.add(c, { checkedIn: satIds.has(c.id), checkedInById: checker(), registeredById: bulk(c), extra: { idNumber: idNumber(random) } });
    const row = exam.activity.registrations.get(c.id);
    if (row && satIds.has(c.id)) {
      const passed = passedIds.has(c.id);
      row.result = passed ? 'passed' : 'failed';
      row.score = (passed ? random.int(120, 192) : random.int(70, 119)) / 2;
      if (passed) certificateSeq.set(c.id, certificateSeq.size + 1);
    }
  }

  // Member assembly: every company's contact person.
  const assembly = roster('会员大会');
  for (const c of people.companies) assembly.add(person(c.adminId), { checkedIn: random.chance(0.97), checkedInById: checker() });

  // Online trainings: each attendee takes at least one, which is what makes 3,000+ distinct people.
  const online = rosters.filter((r) => r.activity.data.type === 'online_training');
  random.shuffle(attendees).forEach((p, i) => online[i % online.length]?.add(p, { checkedIn: true }));
  for (const r of online) {
    for (const p of random.sample(attendees, random.int(150, 300))) r.add(p, { checkedIn: random.chance(0.93) });
    for (const p of random.sample(noShows, random.int(15, 25))) r.add(p, { registeredById: bulk(p) });
  }

  // Everything else offline: fill to 82–98 % of seats (the regulation course fills and keeps a waitlist).
  PAST_ACTIVITIES.forEach((a, index) => {
    const r = rosters[index];
    if (!r || a.type === 'online_training' || a.type === 'exam' || r === assembly || r === prep) return;
    if (a.cancelled) {
      for (const p of random.sample(attendees, 40)) r.add(p, { status: 'cancelled', registeredById: bulk(p) });
      return;
    }
    const full = a.title.includes('物业管理条例');
    const target = full ? a.capacity : Math.round(a.capacity * (0.82 + random.next() * 0.16));
    for (const p of random.sample(attendees, 6)) r.add(p, { status: 'cancelled' });
    for (const p of random.shuffle([...random.sample(attendees, target + 40), ...random.sample(noShows, Math.round(target * 0.06))])) {
      if (r.confirmed >= target) break;
      r.add(p, { checkedIn: !absentees.has(p.id) && random.chance(a.turnout), checkedInById: checker(), registeredById: bulk(p) });
    }
    if (full) for (const p of random.sample(attendees, 30).slice(0, 12)) r.add(p, { status: 'waitlisted' });
  });

  const all = [...plans, ...planUpcoming(random, people, now, staffIds)];
  await db.activity.createMany({
    data: all.map((plan) => ({
      ...plan.data,
      confirmedCount: [...plan.registrations.values()].filter((r) => r.status === 'confirmed').length,
    })),
  });
  const activities = await db.activity.findMany({
    select: { id: true, type: true, title: true, startAt: true, status: true },
    orderBy: { startAt: 'asc' },
  });
  const idByTitle = new Map(activities.map((a) => [a.title, a.id]));
  const examId = idByTitle.get(exam.activity.data.title) ?? 0;
  const rows: Prisma.RegistrationCreateManyInput[] = all.flatMap((plan) =>
    [...plan.registrations.values()].map((r) => {
      const seq = plan === exam.activity ? certificateSeq.get(r.userId) : undefined;
      const certificate =
        seq === undefined
          ? {}
          : { certificateNo: formatCertificateNo(2024, examId, seq), certificateAt: addDays(new Date(plan.data.startAt), 20) };
      return { ...r, ...certificate, activityId: idByTitle.get(plan.data.title) ?? 0 };
    }),
  );
  await insertInBatches(rows, (batch) => db.registration.createMany({ data: batch }));
  return activities;
}
