import { okSchema, setWorkCalendarDaySchema, workCalendarDateParamsSchema, workCalendarDaySchema, workCalendarQuerySchema, workCalendarYearSchema } from '@wuxie/shared';
import { defineRoute, errorContent } from '../../lib/route';

const json = <T>(schema: T) => ({ 'application/json': { schema } });
const tags = ['投诉'];
const STAFF = ['staff'] as const;

export const listWorkCalendar = defineRoute({
  method: 'get',
  path: '/complaints/work-calendar',
  tags,
  summary: '工作日历：某一年的放假日和调休上班日（投诉受理、回复期限按工作日计算）',
  access: STAFF,
  request: { query: workCalendarQuerySchema },
  responses: { 200: { description: '该年的设置', content: json(workCalendarYearSchema) } },
});

export const setWorkCalendarDay = defineRoute({
  method: 'put',
  path: '/complaints/work-calendar/{date}',
  tags,
  summary: '把某天设为放假（工作日）或调休上班（周末）；之后计算的期限按新日历',
  access: STAFF,
  request: { params: workCalendarDateParamsSchema, body: { content: json(setWorkCalendarDaySchema), required: true } },
  responses: { 200: { description: '已保存', content: json(workCalendarDaySchema) } },
});

export const removeWorkCalendarDay = defineRoute({
  method: 'delete',
  path: '/complaints/work-calendar/{date}',
  tags,
  summary: '取消某天的放假或调休设置，恢复为普通的工作日或周末',
  access: STAFF,
  request: { params: workCalendarDateParamsSchema },
  responses: { 200: { description: '已取消', content: json(okSchema) }, 404: { description: '这一天没有设置', content: errorContent } },
});
