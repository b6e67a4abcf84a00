import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '@/api/errors';

export interface Page<T> {
  items: T[];
  /** Cursor for the next page; null when this was the last one. */
  next: string | null;
}

export type PageFetcher<T> = (cursor: string | null) => Promise<Page<T>>;

export interface PagedList<T> {
  items: T[];
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  hasMore: boolean;
  loadingMore: boolean;
  reload: () => Promise<void>;
}

/**
 * A list that loads its first page on mount, reloads on pull-down, and appends the next page when the
 * user reaches the bottom. The page needs `enablePullDownRefresh: true` in its config.
 */
export function usePagedList<T>(
  fetchPage: PageFetcher<T>,
  deps: readonly unknown[] = [],
  options: { reloadOnShow?: boolean } = {},
): PagedList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [status, setStatus] = useState<PagedList<T>['status']>('loading');
  const [error, setError] = useState<string | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const generation = useRef(0);
  const loadedOnce = useRef(false);
  const inFlight = useRef(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  const reload = useCallback(async () => {
    const gen = ++generation.current;
    setError(null);
    inFlight.current++;
    try {
      const page = await fetchRef.current(null);
      if (gen !== generation.current) return;
      setItems(page.items);
      setNext(page.next);
      setStatus('ready');
      loadedOnce.current = true;
    } catch (err) {
      if (gen !== generation.current) return;
      setError(messageOf(err));
      // A failed refresh keeps what is on screen and says why; a failed first load shows the error state.
      if (loadedOnce.current) void Taro.showToast({ title: messageOf(err), icon: 'none' });
      else setStatus('error');
    } finally {
      inFlight.current--;
    }
  }, []);

  useEffect(() => {
    setStatus('loading');
    loadedOnce.current = false;
    void reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's deps are this effect's, as with useEffect; reload is stable
  }, deps);

  // With reloadOnShow, coming back to the page (from filing, rating, editing) shows the new state;
  // the first show comes with the mount, whose load is still running.
  useDidShow(() => {
    if (options.reloadOnShow && inFlight.current === 0) void reload();
  });

  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });

  useReachBottom(() => {
    if (!next || loadingMore || status !== 'ready') return;
    const gen = generation.current;
    setLoadingMore(true);
    fetchRef
      .current(next)
      .then((page) => {
        if (gen !== generation.current) return;
        setItems((prev) => [...prev, ...page.items]);
        setNext(page.next);
      })
      .catch((err: unknown) => void Taro.showToast({ title: messageOf(err), icon: 'none' }))
      .finally(() => setLoadingMore(false));
  });

  return { items, status, error, hasMore: next !== null, loadingMore, reload };
}
