import type { Prisma } from '../../generated/client';
import { addDays, chinaTime, type Random } from '../factories';
import type { Db } from './batch';
import { GENERAL_SUGGESTIONS, SURVEYS } from './content/surveys';
import type { People } from './people';

const RECIPIENT = '淮南市住房和城乡建设局';
const H1_LAST = chinaTime(2024, 6, 28, 16);

function earliest(a: Date, b: Date): Date {
  return a < b ? a : b;
}

/** The surveys the housing bureau commissioned in 2024 H1 and the suggestions sent back. */
export async function seedAdvisory(db: Db, random: Random): Promise<void> {
  for (const survey of SURVEYS) {
    const commissionedAt = chinaTime(2024, survey.commissioned[0], survey.commissioned[1], 10);
    const completedAt = survey.open ? null : earliest(addDays(commissionedAt, random.int(25, 40)), H1_LAST);
    const created = await db.survey.create({
      data: {
        title: survey.title,
        topic: survey.topic,
        commissionedAt,
        completedAt,
        summary: `受市住房和城乡建设局委托，协会就${survey.topic}问题走访会员单位和住宅小区，形成专题调研报告，提出建议${survey.suggestions.length}条。`,
        createdAt: commissionedAt,
      },
      select: { id: true },
    });
    // Open surveys send interim suggestions; finished ones send them with the report.
    const sentAt = completedAt ?? earliest(addDays(commissionedAt, 14), H1_LAST);
    await db.suggestion.createMany({
      data: survey.suggestions.map((content): Prisma.SuggestionCreateManyInput => ({
        surveyId: created.id,
        content,
        recipient: RECIPIENT,
        sentAt,
        createdAt: sentAt,
      })),
    });
  }
  await db.suggestion.createMany({
    data: GENERAL_SUGGESTIONS.map((content, i) => {
      const sentAt = chinaTime(2024, 1 + (i % 6), random.int(5, 25), 15);
      return { content, recipient: RECIPIENT, sentAt, createdAt: sentAt };
    }),
  });
}

/** 2024 commendations: the ten companies whose people checked in most in H1, and the ten correspondents. */
export async function seedCommendations(db: Db, people: People): Promise<void> {
  const at = chinaTime(2024, 6, 28, 10);
  const top = await db.registration.groupBy({
    by: ['companyId'],
    where: {
      checkedInAt: { not: null },
      companyId: { not: null },
      activity: { status: 'finished', startAt: { gte: chinaTime(2024, 1, 1), lt: chinaTime(2024, 7, 1) } },
    },
    _count: { _all: true },
    orderBy: [{ _count: { companyId: 'desc' } }, { companyId: 'asc' }],
    take: 10,
  });
  await db.commendation.createMany({
    data: [
      ...top.map((row) => ({
        year: 2024,
        kind: 'excellent_company' as const,
        companyId: row.companyId,
        subject: `company:${row.companyId}`,
        note: '2024年度优秀会员单位',
        createdAt: at,
      })),
      ...people.demo.correspondents.map((c) => ({
        year: 2024,
        kind: 'excellent_correspondent' as const,
        userId: c.id,
        subject: `user:${c.id}`,
        note: '2024年度优秀通讯员',
        createdAt: at,
      })),
    ],
  });
}
