import Taro from '@tarojs/taro';
import { createApiClient } from './client';
import { createSessionStore } from './session-store';
import { taroFileTransport, taroStorage, taroTransport } from './taro-transport';
import { ROUTES, routeByPath } from '@/routes';

export { ApiRequestError, messageOf } from './errors';

/** The app's session, persisted in Taro storage. */
export const sessions = createSessionStore(taroStorage);

function goToLogin() {
  const pages = Taro.getCurrentPages();
  const current = pages[pages.length - 1]?.route ?? '';
  const name = routeByPath(current);
  if (name === 'login') return;
  const back = name && !('tab' in ROUTES[name]) ? `?redirect=${encodeURIComponent(`/${current}`)}` : '';
  void Taro.navigateTo({ url: `/${ROUTES.login.path}${back}` });
}

/** The one API client every page uses: `api.call(newsApi.listFeed, { query })`. */
export const api = createApiClient({
  baseUrl: WUXIE_API_BASE,
  transport: taroTransport,
  files: taroFileTransport,
  sessions,
  onSessionLost: goToLogin,
});
