import { docxFile, endpoint } from '../common/endpoint';
import { deskPeriodQuerySchema } from './desk-period';
import { deskDashboardSchema, deskRecordListSchema, deskRecordsQuerySchema, workReportSchema } from './desk.schemas';

const staff = ['staff'] as const;

/** 工作台: the dashboard, the work report and the records behind each figure. */
export const deskApi = {
  dashboard: endpoint({
    method: 'get',
    path: '/desk/dashboard',
    query: deskPeriodQuerySchema,
    response: deskDashboardSchema,
    access: staff,
  }),
  report: endpoint({ method: 'get', path: '/desk/report', query: deskPeriodQuerySchema, response: workReportSchema, access: staff }),
  reportDocx: endpoint({ method: 'get', path: '/desk/report.docx', query: deskPeriodQuerySchema, response: docxFile, access: staff }),
  records: endpoint({ method: 'get', path: '/desk/records', query: deskRecordsQuerySchema, response: deskRecordListSchema, access: staff }),
};
