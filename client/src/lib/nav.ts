import Taro from '@tarojs/taro';
import { isTabRoute, routeUrl, type RouteName } from '@/routes';

/** Opens a route the right way: tabs with switchTab, other pages with navigateTo. */
export function go(name: RouteName, params?: Record<string, string | number | undefined>): void {
  if (isTabRoute(name)) void Taro.switchTab({ url: routeUrl(name) });
  else void Taro.navigateTo({ url: routeUrl(name, params) });
}
