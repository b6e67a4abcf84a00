import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '@/api/errors';

export interface Resource<T> {
  /** What was loaded last; kept on screen while a reload runs or after a reload fails. */
  data: T | undefined;
  status: 'loading' | 'ready' | 'error';
  /** The Chinese message of the last failure, if the last load failed. */
  error: string | null;
  /** Loads again (after an action, from a retry button); resolves when done, never rejects. */
  reload: () => Promise<void>;
  /** Replaces the data with what an action returned, without a round trip. */
  set: (data: T) => void;
}

export interface ResourceOptions {
  /** Load again whenever the page shows again (back from another page). Default true. */
  reloadOnShow?: boolean;
  /** Skip loading (e.g. no id yet, or the caller may not see it); the resource stays 'loading'. */
  enabled?: boolean;
}

/**
 * One thing a page shows: loaded on mount and whenever `deps` change, again on pull-down (the page
 * needs `enablePullDownRefresh: true`) and when the page shows again. A failed first load is the
 * error state (with retry); a failed reload keeps what is on screen and says why in a toast. A load
 * that was overtaken by a newer one is dropped, so the screen never shows an older answer.
 */
export function useResource<T>(load: () => Promise<T>, deps: readonly unknown[], options: ResourceOptions = {}): Resource<T> {
  const { reloadOnShow = true, enabled = true } = options;
  const [data, setData] = useState<T>();
  const [status, setStatus] = useState<Resource<T>['status']>('loading');
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);
  const hasData = useRef(false);
  const inFlight = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const enabledRef = useRef(enabled);
  enabledRef.current = enabled;

  const reload = useCallback(async () => {
    if (!enabledRef.current) return;
    const gen = ++generation.current;
    inFlight.current++;
    try {
      const next = await loadRef.current();
      if (gen !== generation.current) return;
      setData(next);
      setError(null);
      setStatus('ready');
      hasData.current = true;
    } catch (err) {
      if (gen !== generation.current) return;
      setError(messageOf(err));
      if (hasData.current) void Taro.showToast({ title: messageOf(err), icon: 'none' });
      else setStatus('error');
    } finally {
      inFlight.current--;
    }
  }, []);

  useEffect(() => {
    hasData.current = false;
    setData(undefined);
    setStatus('loading');
    void reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's deps are this effect's, as with useEffect; reload is stable
  }, [...deps, enabled]);

  useDidShow(() => {
    // A page's first show comes with the mount, whose load is still running: no second load then.
    // A component mounted later (a panel) has finished loading by the time its page shows again.
    if (reloadOnShow && inFlight.current === 0) void reload();
  });

  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });

  const set = useCallback((next: T) => {
    generation.current++;
    hasData.current = true;
    setData(next);
    setError(null);
    setStatus('ready');
  }, []);

  return { data, status, error, reload, set };
}
