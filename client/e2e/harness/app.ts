import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Locator, Page } from 'playwright-core'

const SHOTS = path.resolve(import.meta.dirname, '../screenshots')

/** The page on top of Taro's H5 page stack (hidden pages stay in the DOM). */
export function current(page: Page): Locator {
  return page.locator('.taro_page').filter({ visible: true }).last()
}

/** Waits until the visible page shows this text. */
export async function see(page: Page, text: string | RegExp): Promise<Locator> {
  const loc = current(page).getByText(text).first()
  await loc.waitFor({ state: 'visible', timeout: 15_000 })
  return loc
}

export async function openRoute(page: Page, baseUrl: string, routePath: string): Promise<void> {
  await page.goto(`${baseUrl}/#/${routePath}`)
}

/** Taps a tab in the tab bar by its label. */
export async function tab(page: Page, label: '首页' | '活动' | '投诉' | '我的'): Promise<void> {
  await page.locator('.weui-tabbar__item').filter({ hasText: label }).click()
}

/** Saves a screenshot of the viewport into e2e/screenshots (git-ignored) for a person to look at. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true })
  await page.waitForTimeout(300) // let skeleton-to-content transitions settle
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) })
}

/** Fills the password form on the login page, ticks the privacy consent and submits. */
export async function loginWithForm(page: Page, username: string, password: string): Promise<void> {
  const form = current(page)
  await form.locator('input[name="username"]').fill(username)
  await form.locator('input[name="password"]').fill(password)
  await form.locator('.privacy-consent .nut-checkbox').click()
  await form.locator('.login-form__submit').click()
}
