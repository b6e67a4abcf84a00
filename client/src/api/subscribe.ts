import Taro from '@tarojs/taro';
import { notificationsApi, type TemplateKey } from '@wuxie/shared/notifications';
import { api } from './index';

type Answer = 'accept' | 'reject' | 'ban' | 'filter';
const ANSWERS: readonly string[] = ['accept', 'reject', 'ban', 'filter'];

/** WeChat accepts at most 3 templates in one request (some pages say 5; 3 is what every page allows). */
export const MAX_TEMPLATES_PER_REQUEST = 3;

/**
 * Asks WeChat for one-time subscription messages and records each answer, so the server knows what
 * it may push. Call it first thing in a tap handler, with template ids loaded before the tap: WeChat
 * refuses the request after an `await`. Declined, unsupported (H5) or unconfigured is fine: every
 * message also arrives in the app's inbox, so nothing waits on this.
 */
export async function requestSubscriptions(templates: Partial<Record<TemplateKey, string | null>>): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') return;
  const wanted = Object.entries(templates).filter((e): e is [TemplateKey, string] => typeof e[1] === 'string' && e[1] !== '');
  const ids = wanted.map(([, id]) => id).slice(0, MAX_TEMPLATES_PER_REQUEST);
  if (ids.length === 0) return;
  try {
    const res = (await Taro.requestSubscribeMessage({ tmplIds: ids, entityIds: [] })) as unknown as Record<string, unknown>;
    const results: Partial<Record<TemplateKey, Answer>> = {};
    for (const [key, id] of wanted) {
      const answer = res[id];
      if (typeof answer === 'string' && ANSWERS.includes(answer)) results[key] = answer as Answer;
    }
    if (Object.keys(results).length > 0) await api.call(notificationsApi.recordSubscribe, { body: { results } });
  } catch {
    // Declined or unavailable: the in-app message is the fallback.
  }
}
