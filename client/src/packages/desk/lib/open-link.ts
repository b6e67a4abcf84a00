import Taro from '@tarojs/taro';
import type { FigureLink } from '@wuxie/shared/desk';
import { go } from '@/lib/nav';
import { linkRoute } from './period';

/** Opens the list behind a figure; where the app has no such page yet, says which list and query it is. */
export function openLink(link: FigureLink): void {
  const route = linkRoute(link);
  if (route) {
    go(route, link.params);
    return;
  }
  void Taro.showModal({ title: '数据来源', content: `${link.list}\n${link.api}`, showCancel: false, confirmText: '知道了' });
}
