import Taro from '@tarojs/taro'
import { meSchema } from '@wuxie/shared/auth/auth.schemas'
import { deskDashboardSchema, deskRecordListSchema, workReportSchema, type DeskDashboard, type DeskRecordKind, type DeskRecordList, type WorkReport } from '@wuxie/shared/desk/desk.schemas'
import { api, sessions } from '@/api'

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
export async function downloadReport(period: Query, fileName: string): Promise<void> {
  const attempt = () =>
    Taro.downloadFile({ url: `${WUXIE_API_BASE}/api/desk/report.docx?${queryString(period)}`, header: { Authorization: `Bearer ${sessions.get()?.accessToken ?? ''}` } })
  let res = await attempt()
  if (res.statusCode === 401) {
    // The access token expired: any API call refreshes it once, then the download goes again.
    await api.request({ path: '/api/me', schema: meSchema })
    res = await attempt()
  }
  if (res.statusCode !== 200) throw new Error(`下载工作报告失败（${res.statusCode}），请稍后重试`)
  if (process.env.TARO_ENV === 'h5') {
    const a = document.createElement('a')
    a.href = res.tempFilePath
    a.download = fileName
    a.click()
    return
  }
  await Taro.openDocument({ filePath: res.tempFilePath, fileType: 'docx', showMenu: true })
}
