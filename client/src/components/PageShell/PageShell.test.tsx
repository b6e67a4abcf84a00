// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

// Taro's storage backs the stores; in jsdom a Map stands in for it.
vi.mock('@tarojs/taro', () => {
  const store = new Map<string, string>()
  const Taro = {
    getStorageSync: (k: string) => store.get(k) ?? '',
    setStorageSync: (k: string, v: string) => void store.set(k, v),
    removeStorageSync: (k: string) => void store.delete(k),
    request: vi.fn(),
    getCurrentPages: () => [],
    navigateTo: vi.fn(),
  }
  return { default: Taro, ...Taro }
})

const { default: PageShell } = await import('./index')
const { careMode } = await import('@/stores')

afterEach(() => {
  cleanup()
  careMode.set(false)
})

describe('PageShell', () => {
  it('switches every page to the larger type as soon as 关怀模式 is turned on', () => {
    const { container } = render(<PageShell className='x'>内容</PageShell>)
    const root = container.firstElementChild
    expect([...(root?.classList ?? [])].sort()).toEqual(['app-page', 'x'])
    act(() => careMode.set(true))
    expect([...(root?.classList ?? [])].sort()).toEqual(['app-page', 'care', 'x'])
    act(() => careMode.set(false))
    expect(root?.classList.contains('care')).toBe(false)
  })
})
