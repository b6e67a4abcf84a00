import { ROLE_LABELS } from '@wuxie/shared/auth';
import { EmptyState, ListSkeleton } from '@/components/StateView';
import { go } from '@/lib/nav';
import { ROUTES, type AccessDecision, type RouteName } from '@/routes';

/**
 * What a page shows while it may not show its content: 没有权限 with who may open it, or, on the way
 * to the login page (the route guard redirects) and while the session loads, a skeleton. Never nothing.
 */
export function AccessState({ route, access }: { route: RouteName; access: AccessDecision }) {
  if (access === 'forbidden') {
    const { title, roles } = ROUTES[route];
    const who = roles.map((r) => ROLE_LABELS[r]).join('、');
    return (
      <EmptyState
        title="没有权限"
        description={who ? `「${title}」只对${who}开放` : `不能打开「${title}」`}
        action={{ text: '回到首页', onClick: () => go('home') }}
      />
    );
  }
  return <ListSkeleton rows={3} />;
}
