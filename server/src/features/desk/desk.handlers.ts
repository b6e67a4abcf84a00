import { docxFile, formatChinaDate, resolvePeriod } from '@wuxie/shared';
import { attachment } from '../../lib/attachment';
import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/context';
import { HttpStatus } from '../../lib/http-status';
import { renderReportDocx } from './report-docx.service';
import { deskRecords } from './records.service';
import { workReport } from './report.service';
import type * as routes from './desk.routes';
import { deskDashboard } from './desk.service';

type Handler<R extends 'dashboard' | 'report' | 'reportDocx' | 'records'> = RouteHandler<(typeof routes)[R], AppEnv>;
type PeriodQuery = Parameters<typeof resolvePeriod>[0];

const periodOf = (query: PeriodQuery, now: Date) => resolvePeriod(query, formatChinaDate(now));

export const dashboard: Handler<'dashboard'> = async (c) => {
  const now = new Date();
  return c.json(await deskDashboard(c.var.deps.db, periodOf(c.req.valid('query'), now), now), HttpStatus.OK);
};

export const report: Handler<'report'> = async (c) => {
  const now = new Date();
  return c.json(await workReport(c.var.deps.db, periodOf(c.req.valid('query'), now), now), HttpStatus.OK);
};

export const reportDocx: Handler<'reportDocx'> = async (c) => {
  const now = new Date();
  const doc = await workReport(c.var.deps.db, periodOf(c.req.valid('query'), now), now);
  const file = await renderReportDocx(doc);
  return attachment(c, file, docxFile, { ascii: `work-report-${doc.period.from}-${doc.period.to}.docx`, display: `${doc.title}.docx` });
};

export const records: Handler<'records'> = async (c) => {
  const now = new Date();
  const query = c.req.valid('query');
  return c.json(await deskRecords(c.var.deps.db, periodOf(query, now), query, now), HttpStatus.OK);
};
