// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { Component, createElement, type ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppInstance } from '@tarojs/runtime';

const { mountPagesSynchronously } = await import('./app');

/** What Taro's React app does on mount(): queue the page and re-render the app root with it (React 18 renders later). */
class FakeAppWrapper extends Component {
  pages: ReactElement[] = [];
  override render() {
    return createElement('div', null, this.pages);
  }
}

const env = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
let actEnvironment: boolean | undefined;
beforeEach(() => {
  actEnvironment = env.IS_REACT_ACT_ENVIRONMENT;
});
afterEach(() => {
  env.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
  cleanup();
});

/** A started app whose mount() behaves like Taro's; pages then mount outside any test act(), as in the browser. */
function startApp(): AppInstance {
  let wrapper: FakeAppWrapper | null = null;
  render(
    createElement(FakeAppWrapper, {
      ref: (w: FakeAppWrapper | null) => {
        wrapper = w;
      },
    }),
  );
  env.IS_REACT_ACT_ENVIRONMENT = false;
  return {
    mount(_component: unknown, id: string, cb: () => void) {
      wrapper?.pages.push(createElement('div', { id, key: id, className: 'taro_page' }, 'page'));
      wrapper?.forceUpdate(cb);
    },
  };
}

const PAGE = '/pages/activities/index?stamp=AC';

describe('mounting a page (H5)', () => {
  it('leaves the page out of the document until a later task without the fix: the gap the router trips over', async () => {
    const app = startApp();
    let called = false;
    app.mount?.(
      () => null,
      PAGE,
      () => (called = true),
    );
    expect(document.getElementById(PAGE)).toBeNull();
    expect(called).toBe(false);
    await new Promise((r) => setTimeout(r, 20));
    expect(document.getElementById(PAGE)).not.toBeNull();
  });

  it('puts the page container in the document, and calls back, before mount returns', () => {
    const app = startApp();
    expect(mountPagesSynchronously(app)).toBe(true);
    let called = false;
    app.mount?.(
      () => null,
      PAGE,
      () => (called = true),
    );
    expect(document.getElementById(PAGE)).not.toBeNull();
    expect(called).toBe(true);
  });

  it('wraps mount once, and leaves an app without mount (not started yet) alone', () => {
    const app = startApp();
    expect(mountPagesSynchronously(app)).toBe(true);
    expect(mountPagesSynchronously(app)).toBe(false);
    expect(mountPagesSynchronously(null)).toBe(false);
    expect(mountPagesSynchronously({})).toBe(false);
  });
});
