import Taro from '@tarojs/taro'
import { complaintsApi } from '@/pages/complaints/api'

type Answer = 'accept' | 'reject' | 'ban' | 'filter'

/**
 * Asks once for a progress message (WeChat's one-time subscription) and records the answer. Any
 * failure — declined, not supported (H5), no template configured — is fine: progress also arrives
 * as an in-app message, so filing never waits on it.
 */
export async function subscribeToProgress(templateId: string | null): Promise<void> {
  if (!templateId || process.env.TARO_ENV !== 'weapp') return
  try {
    const res = (await Taro.requestSubscribeMessage({ tmplIds: [templateId], entityIds: [] })) as unknown as Record<string, unknown>
    const answer = res[templateId]
    if (answer === 'accept' || answer === 'reject' || answer === 'ban' || answer === 'filter') {
      await complaintsApi.recordSubscribe({ complaint_progress: answer as Answer })
    }
  } catch {
    // Declined or unavailable: the in-app message is the fallback.
  }
}
