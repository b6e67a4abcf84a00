import { deskDashboardSchema, deskRecordListSchema, workReportSchema, type DeskDashboard, type DeskRecordKind, type DeskRecordList, type WorkReport } from '@wuxie/shared/desk'
import { api } from '@/api'
import { downloadDocument } from '@/api/files'

type Query = Record<string, string>

/** Every call the desk makes, each checked against the shared schema. */
export const deskApi = {
  dashboard: (period: Query): Promise<DeskDashboard> => api.request({ path: '/api/desk/dashboard', query: period, schema: deskDashboardSchema }),
  report: (period: Query): Promise<WorkReport> => api.request({ path: '/api/desk/report', query: period, schema: workReportSchema }),
  records: (kind: DeskRecordKind, period: Query): Promise<DeskRecordList> => api.request({ path: '/api/desk/records', query: { ...period, kind }, schema: deskRecordListSchema }),
}

const queryString = (q: Query) => Object.entries(q).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')

/**
 * Downloads the period's work report (.docx) and hands it to the user: in H5 the browser saves it,
 * in the mini-program WeChat opens it (and offers to forward or save it from its menu).
 */
export const downloadReport = (period: Query, fileName: string): Promise<void> =>
  downloadDocument(`/api/desk/report.docx?${queryString(period)}`, fileName, 'docx')
