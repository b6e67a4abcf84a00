import { describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '@/api/storage';
import { createCareModeStore } from './care-mode';

describe('关怀模式', () => {
  it('is off on a fresh device', () => {
    expect(createCareModeStore(memoryStorage()).get()).toBe(false);
  });

  it('stays on after a restart once turned on, and off once turned off', () => {
    const storage = memoryStorage();
    createCareModeStore(storage).set(true);
    const afterRestart = createCareModeStore(storage);
    expect(afterRestart.get()).toBe(true);
    afterRestart.set(false);
    expect(createCareModeStore(storage).get()).toBe(false);
  });

  it('tells subscribers so every open page re-renders with the new type size', () => {
    const store = createCareModeStore(memoryStorage());
    const listener = vi.fn();
    store.subscribe(listener);
    store.set(true);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
