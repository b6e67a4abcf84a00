import Taro, { useDidShow } from '@tarojs/taro';
import { canOpen, routeUrl, type AccessDecision, type RouteName } from '@/routes';
import { useSession } from '@/stores';

/** Sends a logged-out visitor of a members-only page to login (and back afterwards). */
export function useRouteGuard(name: RouteName): AccessDecision {
  const session = useSession();
  const decision = canOpen(name, session ? { roles: session.user.roles } : null);
  useDidShow(() => {
    if (canOpen(name, session ? { roles: session.user.roles } : null) === 'login') {
      void Taro.redirectTo({ url: routeUrl('login', { redirect: routeUrl(name) }) });
    }
  });
  return decision;
}
