import { z } from 'zod';
import { dateOnlySchema } from '../common/date-only';
import { membershipLevelSchema } from './member-enums';

/** A period of Beijing calendar days, both included. */
export const participationQuerySchema = z
  .object({ from: dateOnlySchema('开始日期'), to: dateOnlySchema('结束日期') })
  .refine((v) => v.from <= v.to, { message: '开始日期不能晚于结束日期', path: ['from'] });
export type ParticipationQuery = z.infer<typeof participationQuerySchema>;

export const companyParticipationSchema = z
  .object({
    companyId: z.number().int(),
    companyName: z.string(),
    level: membershipLevelSchema,
    registrations: z.number().int().describe('confirmed registrations for activities held in the period'),
    attendances: z.number().int().describe('of those, checked in'),
    people: z.number().int().describe('distinct people who checked in'),
    activities: z.number().int().describe('distinct activities someone of the company checked in at'),
    attendanceRate: z.number().nullable().describe('attendances / registrations'),
  })
  .meta({ id: 'CompanyParticipation' });
export type CompanyParticipation = z.infer<typeof companyParticipationSchema>;

export const participationListSchema = z
  .object({ from: z.string(), to: z.string(), items: z.array(companyParticipationSchema) })
  .meta({ id: 'ParticipationList' });
export type ParticipationList = z.infer<typeof participationListSchema>;
