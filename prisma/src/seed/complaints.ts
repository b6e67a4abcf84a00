import type { ComplaintCategory, Prisma, Satisfaction } from '../../generated/client';
import { formatComplaintNumber } from '@wuxie/shared';
import { COMPLAINT_TEXTS, addHours, chinaTime, complaintCounterDay, mobilePhone, type Random } from '../factories';
import type { Db } from './batch';
import { REJECT_REASONS, closedLoop, tellStory, type Step, type Story } from './complaint-story';
import type { People } from './people';

interface Plan {
  residentId: number;
  communityId: number;
  category: ComplaintCategory;
  anonymous: boolean;
  createdAt: Date;
  steps: Step[];
}

const CATEGORIES = Object.keys(COMPLAINT_TEXTS) as ComplaintCategory[];
const H1_FIRST = chinaTime(2024, 1, 3, 8);
const H1_LAST_FILED = chinaTime(2024, 6, 10, 20);

/** 2024 H1: 50 complaints followed up and rated (49 satisfied or basically satisfied), 8 rejected. */
function firstHalf(random: Random, people: People): Plan[] {
  const ratings: Satisfaction[] = [
    ...Array<Satisfaction>(38).fill('satisfied'),
    ...Array<Satisfaction>(11).fill('basically_satisfied'),
    'unsatisfied',
  ];
  const plans: Plan[] = [];
  const base = (): Omit<Plan, 'steps'> => ({
    residentId: random.pick(people.residents).id,
    communityId: random.pick(people.communities).id,
    category: random.pick(CATEGORIES),
    anonymous: random.chance(0.2),
    // Filed by 10 June so that every follow-up visit also falls inside the half year.
    createdAt: new Date(H1_FIRST.getTime() + random.next() * (H1_LAST_FILED.getTime() - H1_FIRST.getTime())),
  });
  for (const satisfaction of random.shuffle(ratings)) {
    const steps = closedLoop(random, satisfaction, random.chance(0.12));
    // Unsatisfied once: the association mediates instead of a second round with the company.
    if (satisfaction === 'unsatisfied') steps.push({ kind: 'mediate', after: 24 }, { kind: 'close', after: 72 });
    plans.push({ ...base(), steps });
  }
  for (let i = 0; i < 8; i += 1)
    plans.push({ ...base(), steps: [{ kind: 'reject', after: random.int(2, 20), reason: random.pick(REJECT_REASONS) }] });
  return plans;
}

/**
 * Complaints of the last three weeks, one or more in every status; seven belong to the demo
 * resident. The second unsatisfied rating sends one to mediation (statusAfterRating).
 */
function recent(random: Random, people: People, now: Date): Plan[] {
  const mine = people.demoCompany.communityIds;
  const others = people.communities.filter((c) => !mine.includes(c.id)).map((c) => c.id);
  const loop = (s: Satisfaction): Step[] => closedLoop(random, s);
  const rows: [who: 'demo' | 'toDemoCompany' | 'other', category: ComplaintCategory, ageHours: number, steps: Step[]][] = [
    ['demo', 'repair', 2, []],
    ['other', 'sanitation', 120, [{ kind: 'urge', after: 100 }]],
    ['other', 'noise', 20, []],
    ['other', 'parking', 30, [{ kind: 'accept', after: 3 }]],
    ['other', 'courier', 100, [{ kind: 'accept', after: 60 }]],
    [
      'demo',
      'elevator',
      200,
      [
        { kind: 'accept', after: 5 },
        { kind: 'assign', after: 2 },
        { kind: 'urge', after: 130 },
        { kind: 'urge', after: 26 },
      ],
    ],
    [
      'toDemoCompany',
      'fire_safety',
      26,
      [
        { kind: 'accept', after: 2 },
        { kind: 'assign', after: 1 },
      ],
    ],
    [
      'other',
      'greening',
      60,
      [
        { kind: 'accept', after: 4 },
        { kind: 'assign', after: 2 },
      ],
    ],
    [
      'other',
      'cooking_fumes',
      260,
      [
        { kind: 'accept', after: 10 },
        { kind: 'assign', after: 3 },
      ],
    ],
    [
      'demo',
      'fees',
      90,
      [
        { kind: 'accept', after: 3 },
        { kind: 'assign', after: 1 },
        { kind: 'reply', after: 40 },
      ],
    ],
    [
      'other',
      'property_service',
      70,
      [
        { kind: 'accept', after: 5 },
        { kind: 'assign', after: 1 },
        { kind: 'reply', after: 30 },
      ],
    ],
    [
      'demo',
      'sanitation',
      150,
      [
        { kind: 'accept', after: 4 },
        { kind: 'assign', after: 1 },
        { kind: 'reply', after: 48 },
        { kind: 'resolve', after: 20 },
      ],
    ],
    [
      'other',
      'repair',
      120,
      [
        { kind: 'accept', after: 6 },
        { kind: 'assign', after: 2 },
        { kind: 'reply', after: 30 },
        { kind: 'resolve', after: 12 },
      ],
    ],
    ['demo', 'repair', 300, loop('unsatisfied')],
    [
      'toDemoCompany',
      'fees',
      500,
      [
        ...loop('unsatisfied'),
        { kind: 'reply', after: 40 },
        { kind: 'resolve', after: 20 },
        { kind: 'follow_up', after: 30, satisfaction: 'unsatisfied', byPhone: true },
      ],
    ],
    ['demo', 'parking', 250, loop('satisfied')],
    ['other', 'elevator', 200, loop('basically_satisfied')],
    ['other', 'fire_safety', 320, loop('satisfied')],
    ['demo', 'other', 40, [{ kind: 'reject', after: 5, reason: REJECT_REASONS[0] }]],
  ];
  return rows.map(([who, category, ageHours, steps], i) => ({
    residentId: who === 'demo' ? people.demo.residentId : random.pick(people.residents).id,
    communityId: random.pick(who === 'other' ? others : mine),
    category,
    anonymous: who === 'demo' ? i === 9 : random.chance(0.25),
    createdAt: addHours(now, -ageHours),
    steps,
  }));
}

/** Complaints with their timelines and follow-ups, numbered per Beijing day like the server does. */
export async function seedComplaints(db: Db, random: Random, people: People, now: Date): Promise<void> {
  const companyOf = new Map(people.communities.map((c) => [c.id, c.companyId]));
  const companies = new Map(people.companies.map((c) => [c.id, c]));
  const staffIds = people.demo.staff.map((s) => s.id);
  const plans = [...firstHalf(random, people), ...recent(random, people, now)].sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime(),
  );

  const perDay = new Map<string, number>();
  const told: { number: string; story: Story }[] = [];
  const rows: Prisma.ComplaintCreateManyInput[] = plans.map((plan) => {
    const day = complaintCounterDay(plan.createdAt);
    const seq = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, seq);
    const number = formatComplaintNumber(plan.createdAt, seq);
    const companyId = companyOf.get(plan.communityId) ?? null;
    const company = companyId === null ? undefined : companies.get(companyId);
    const story = tellStory(
      random,
      { residentId: plan.residentId, companyAdminId: company?.adminId ?? null, companyName: company?.name ?? '物业服务企业', staffIds },
      plan.createdAt,
      plan.steps,
    );
    told.push({ number, story });
    const [title, description] = random.pick(COMPLAINT_TEXTS[plan.category]);
    return {
      ...story.complaint,
      number,
      residentId: plan.residentId,
      communityId: plan.communityId,
      companyId,
      category: plan.category,
      title,
      description,
      idempotencyKey: random.hex(32),
      contactPhone: mobilePhone(random),
      allowContact: !plan.anonymous && random.chance(0.5),
      anonymous: plan.anonymous,
    };
  });
  await db.complaint.createMany({ data: rows });
  const idOf = new Map((await db.complaint.findMany({ select: { id: true, number: true } })).map((c) => [c.number, c.id]));
  const events = told.flatMap(({ number, story }) => story.events.map((e) => ({ ...e, complaintId: idOf.get(number) ?? 0 })));
  const followUps = told.flatMap(({ number, story }) => story.followUps.map((f) => ({ ...f, complaintId: idOf.get(number) ?? 0 })));
  await db.complaintEvent.createMany({ data: events });
  await db.complaintFollowUp.createMany({ data: followUps });
  await db.complaintNumberCounter.createMany({ data: [...perDay].map(([day, seq]) => ({ day, seq })) });
}
