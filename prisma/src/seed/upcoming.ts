import type { Prisma } from '../../generated/client';
import { chinaDate } from '@wuxie/shared';
import { addDays, chinaTime, idNumber, type Random } from '../factories';
import { ONLINE_URL } from './content/activities-h1';
import type { People } from './people';
import { RosterBuilder, type PlannedActivity } from './registrations';

/** Beijing wall-clock time `days` after the Beijing calendar day of `now`. */
export function beijingDay(now: Date, days: number, hour: number): Date {
  const [year = 2024, month = 1, day = 1] = chinaDate(now).split('-').map(Number);
  return chinaTime(year, month, day + days, hour);
}

interface UpcomingSpec {
  data: Omit<Prisma.ActivityCreateManyInput, 'confirmedCount' | 'createdById' | 'signupStartAt' | 'signupEndAt' | 'endAt'> & {
    hours: number;
  };
  confirmed: number;
  waitlisted?: number;
  demoWorker?: boolean;
}

function specs(now: Date): UpcomingSpec[] {
  const HALL = '淮南市物业管理协会三楼会议室';
  return [
    {
      data: {
        type: 'online_training',
        title: '电梯安全管理线上培训',
        startAt: beijingDay(now, 5, 15),
        hours: 2,
        capacity: 2000,
        place: '线上（协会培训平台直播）',
        onlineUrl: ONLINE_URL,
        waitlistEnabled: false,
        audience: 'member_workers',
        description: '<p>讲解电梯日常巡查、维保监督和困人应急救援。</p>',
      },
      confirmed: 412,
      demoWorker: true,
    },
    {
      data: {
        type: 'training',
        title: '物业服务纠纷调解实务沙龙',
        startAt: beijingDay(now, 6, 14),
        hours: 3,
        capacity: 30,
        place: HALL,
        audience: 'member_workers',
        description: '<p>小班研讨典型物业纠纷案例，名额有限，额满后进入候补。</p>',
      },
      confirmed: 29,
    },
    {
      data: {
        type: 'training',
        title: '物业服务企业安全生产标准化培训',
        startAt: beijingDay(now, 9, 9),
        hours: 4,
        capacity: 200,
        place: '田家庵区洞山中路市民服务中心报告厅',
        audience: 'member_workers',
        description: '<p>讲解安全生产标准化建设要求、隐患排查和台账管理。</p>',
      },
      confirmed: 86,
      demoWorker: true,
    },
    {
      data: {
        type: 'public_welfare',
        title: '文明城市创建志愿服务活动',
        startAt: beijingDay(now, 12, 8),
        hours: 4,
        capacity: 40,
        place: '田家庵区龙湖公园',
        audience: 'everyone',
        description: '<p>清理公园垃圾、劝导文明出行，居民和从业人员均可报名。</p>',
      },
      confirmed: 40,
      waitlisted: 3,
    },
    {
      data: {
        type: 'exam',
        title: '物业管理师（三级）职业技能等级认定（第二批）',
        startAt: beijingDay(now, 24, 9),
        hours: 4,
        capacity: 60,
        place: '淮南职业技术学院实训楼',
        audience: 'member_workers',
        cancelRule: 'not_allowed',
        extraFields: [{ key: 'idNumber', label: '身份证号', kind: 'id_number', required: true }],
        description: '<p>理论知识考试和技能考核，报名需填写身份证号，报名后不可取消。</p>',
      },
      confirmed: 18,
    },
  ];
}

/** Published activities after `now` (one with one seat left, one full with a waitlist) and a draft. */
export function planUpcoming(random: Random, people: People, now: Date, staffIds: readonly number[]): PlannedActivity[] {
  const demoWorker = people.workers.find((w) => w.id === people.demo.workerId);
  const plans = specs(now).map((spec) => {
    const { hours, ...data } = spec.data;
    const startAt = new Date(data.startAt);
    const plan: PlannedActivity = {
      registrations: new Map(),
      data: {
        ...data,
        endAt: new Date(startAt.getTime() + hours * 3_600_000),
        signupStartAt: beijingDay(now, -4, 9),
        signupEndAt: addDays(startAt, -1),
        status: 'published',
        createdById: random.pick(staffIds),
        createdAt: beijingDay(now, -5, 10),
      },
    };
    const roster = new RosterBuilder(random, plan, now);
    const extra = (): Prisma.InputJsonValue => (data.type === 'exam' ? { idNumber: idNumber(random) } : {});
    if (spec.demoWorker && demoWorker) roster.add(demoWorker);
    const pool = random.shuffle(people.workers.filter((w) => w.id !== people.demo.workerId));
    for (const p of pool) {
      if (roster.confirmed >= spec.confirmed) break;
      roster.add(p, { extra: extra() });
    }
    const more = data.type === 'public_welfare' ? people.residents : pool;
    for (const p of random.sample(more, spec.waitlisted ?? 0)) roster.add(p, { status: 'waitlisted' });
    return plan;
  });
  const draftStart = beijingDay(now, 40, 9);
  plans.push({
    registrations: new Map(),
    data: {
      type: 'meeting',
      title: '会员单位负责人研修班（筹备中）',
      startAt: draftStart,
      endAt: addDays(draftStart, 1),
      signupStartAt: beijingDay(now, 20, 9),
      signupEndAt: addDays(draftStart, -3),
      capacity: 100,
      place: '待定',
      status: 'draft',
      createdById: people.demo.staffId,
      createdAt: now,
    },
  });
  return plans;
}
