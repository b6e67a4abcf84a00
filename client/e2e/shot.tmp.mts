import { openPhoneBrowser } from './harness/browser.ts'
const b = await openPhoneBrowser()
await b.page.goto(process.argv[2]!)
await b.page.waitForTimeout(2500)
await b.page.screenshot({ path: '/tmp/shot.png' })
await b.close()
