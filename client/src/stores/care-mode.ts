import type { KeyValueStorage } from '@/api/storage';

const STORAGE_KEY = 'wuxie.careMode';

/** Its functions use no `this`, so they can be passed on as they are (useSyncExternalStore takes get and subscribe). */
export interface CareModeStore {
  get: () => boolean;
  set: (on: boolean) => void;
  subscribe: (listener: () => void) => () => void;
}

/** 关怀模式 (larger text): remembered across restarts on this device. */
export function createCareModeStore(storage: KeyValueStorage): CareModeStore {
  const listeners = new Set<() => void>();
  let on = storage.get(STORAGE_KEY) === '1';
  return {
    get: () => on,
    set(next) {
      on = next;
      if (next) storage.set(STORAGE_KEY, '1');
      else storage.remove(STORAGE_KEY);
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
