import { useSyncExternalStore } from 'react';
import { sessions } from '@/api';
import type { StoredSession } from '@/api/session-store';
import { taroStorage } from '@/api/taro-transport';
import { createCareModeStore } from './care-mode';

export const careMode = createCareModeStore(taroStorage);

/** Whether 关怀模式 is on; re-renders when it changes. */
export function useCareMode(): boolean {
  return useSyncExternalStore(careMode.subscribe, careMode.get, careMode.get);
}

/** The current session (null when logged out); re-renders on login, refresh and logout. */
export function useSession(): StoredSession | null {
  return useSyncExternalStore(sessions.subscribe, sessions.get, sessions.get);
}
