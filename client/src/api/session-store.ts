import { meSchema, type Me, type Session } from '@wuxie/shared/auth';
import { z } from 'zod';
import type { KeyValueStorage } from './storage';

const STORAGE_KEY = 'wuxie.session';

const storedSessionSchema = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  /** Epoch milliseconds when the access token expires (informational; the server decides). */
  expiresAt: z.number(),
  user: meSchema,
});
export type StoredSession = z.infer<typeof storedSessionSchema>;

/** Its functions use no `this`, so they can be passed on as they are (useSyncExternalStore takes get and subscribe). */
export interface SessionStore {
  get: () => StoredSession | null;
  /** Saves a session the server just issued. */
  save: (session: Session) => StoredSession;
  updateUser: (user: Me) => void;
  clear: () => void;
  subscribe: (listener: () => void) => () => void;
}

/** Keeps the session in storage so it survives restarts, and tells subscribers when it changes. */
export function createSessionStore(storage: KeyValueStorage, now: () => number = Date.now): SessionStore {
  const listeners = new Set<() => void>();
  let current: StoredSession | null = read();

  function read(): StoredSession | null {
    const raw = storage.get(STORAGE_KEY);
    if (!raw) return null;
    try {
      const parsed = storedSessionSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }
  function write(next: StoredSession | null) {
    current = next;
    if (next) storage.set(STORAGE_KEY, JSON.stringify(next));
    else storage.remove(STORAGE_KEY);
    for (const l of listeners) l();
  }

  return {
    get: () => current,
    save(session) {
      const stored: StoredSession = {
        accessToken: session.accessToken,
        refreshToken: session.refreshToken,
        expiresAt: now() + session.expiresIn * 1000,
        user: session.user,
      };
      write(stored);
      return stored;
    },
    updateUser(user) {
      if (current) write({ ...current, user });
    },
    clear: () => write(null),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
