import { loadavg } from 'node:os';
// @ts-expect-error: a plain ES module script shared with `npm start`, typed by its JSDoc.
import { buildIfStale } from '../modeler/build-if-stale.mjs';
import { launchBrowser } from '../test/e2e/support/browser.ts';
import { PASSWORD, startPromesa } from '../test/e2e/support/promesa-server.ts';

/**
 * The modeler page's time to an interactive canvas on localhost: for each of `LOADS` cold loads
 * (a fresh browser context, so an empty cache, signed in through the API beforehand), the time
 * from navigation start until the template is drawn with its palette, read from the page's own
 * clock (`performance.now()`). Prints each load and the median. `npm run bench:modeler`.
 */
const LOADS = 5;

buildIfStale();
const [server, browser] = await Promise.all([startPromesa(), launchBrowser()]);
try {
  const times: number[] = [];
  for (let load = 0; load < LOADS; load++) {
    const context = await browser.newContext({ baseURL: server.url, locale: 'en-US' });
    await context.request.post('/api/session', { data: { username: 'ana', password: PASSWORD } });
    const page = await context.newPage();
    await page.goto('/modeler?new');
    await page.locator('.djs-palette').waitFor();
    await page.locator('.djs-shape[data-element-id="answer-customer"]').waitFor();
    times.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`loads (ms): ${times.map((t) => t.toFixed(0)).join(', ')}`);
  console.log(`median: ${sorted[Math.floor(LOADS / 2)]!.toFixed(0)} ms`);
  console.log(
    `load average: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
} finally {
  await browser.close();
  await server.close();
}
