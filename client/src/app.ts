import { Current, type AppInstance } from '@tarojs/runtime';
import type { PropsWithChildren } from 'react';
import { flushSync } from 'react-dom';
import './app.css';

/** Apps whose mount is already wrapped. */
const wrapped = new WeakSet<AppInstance>();

/**
 * Makes the app render a page within the call that mounts it, so the page's container is in the document
 * as soon as Taro's router has called the page's onLoad. Returns whether it changed `app`.
 *
 * Why (H5): the router hides, shows and styles a page through its container right after onLoad, and treats
 * a missing container as "not rendered yet". With React 18 the page rendered in a later task, and a tab
 * tapped away and back in that gap (活动, 我的, 活动 after a login) broke the page for good: hide() retried
 * until the container appeared and then hid it, and show() found no container and mounted the page a
 * second time under the same id, a copy the router never styles or shows. 活动 showed only the tab bar,
 * its list rendered but out of sight, until the user left the tab. Rendering inside mount closes the gap.
 */
export function mountPagesSynchronously(app: AppInstance | null | undefined): boolean {
  if (!app?.mount || wrapped.has(app)) return false;
  const mount = app.mount.bind(app) as (...args: unknown[]) => void;
  app.mount = (...args: unknown[]) => flushSync(() => mount(...args));
  wrapped.add(app);
  return true;
}

// Taro's entry creates the app object right after importing this module, then starts the router, whose first
// page loads asynchronously: a microtask from now is after the first and before the second.
if (process.env.TARO_ENV === 'h5') void Promise.resolve().then(() => mountPagesSynchronously(Current.app));

/** The app root: pages render as children. */
export default function App({ children }: PropsWithChildren) {
  return children;
}
