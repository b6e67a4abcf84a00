import { complaintsApi as api } from '@wuxie/shared';
import { defineRoute, errorResponse } from '../../lib/route';

const tags = ['投诉'];
export const listWorkCalendar = defineRoute(api.listWorkCalendar, {
  tags,
  summary: '工作日历：某一年的放假日和调休上班日（投诉受理、回复期限按工作日计算）',
  ok: '该年的设置',
});

export const setWorkCalendarDay = defineRoute(api.setWorkCalendarDay, {
  tags,
  summary: '把某天设为放假（工作日）或调休上班（周末）；之后计算的期限按新日历',
  ok: '已保存',
});

export const removeWorkCalendarDay = defineRoute(api.removeWorkCalendarDay, {
  tags,
  summary: '取消某天的放假或调休设置，恢复为普通的工作日或周末',
  ok: '已取消',
  responses: { 404: errorResponse('这一天没有设置') },
});
