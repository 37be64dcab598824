import { loadavg } from 'node:os';
// @ts-expect-error: a plain ES module script shared with `npm start`, typed by its JSDoc.
import { buildIfStale } from '../modeler/build-if-stale.mjs';
import { launchBrowser } from '../test/e2e/support/browser.ts';
import { PASSWORD, startPromesa } from '../test/e2e/support/promesa-server.ts';
import { callBackProcess } from '../test/e2e/support/staff-processes.ts';

/**
 * The task list with `TASKS` open tasks in one group (the back office), in the browser: the
 * time from navigation start until the first page's rows are on screen, and the time from a
 * click on "Show more" until the next page (read by keyset) is, each the median of `LOADS`
 * loads read from the page's own clock. `npm run bench:tasks`.
 */
const TASKS = 10_000;
const LOADS = 10;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

buildIfStale();
const [server, browser] = await Promise.all([startPromesa(), launchBrowser()]);
try {
  const { engine } = server.running;
  await engine.deploy({
    name: 'call-back.bpmn',
    xml: callBackProcess('call-back', 'Call back', 'PT8H'),
  });
  const filling = Date.now();
  for (let i = 0; i < TASKS; i++)
    await engine.start('call-back', { businessKey: `C-${i}`, variables: { phone: '600' } });
  console.log(`${TASKS} open tasks in ${((Date.now() - filling) / 1000).toFixed(0)} s`);

  const firstPage: number[] = [];
  const nextPage: number[] = [];
  for (let load = 0; load < LOADS; load++) {
    const context = await browser.newContext({ baseURL: server.url, locale: 'en-US' });
    await context.request.post('/api/session', { data: { username: 'bea', password: PASSWORD } });
    const page = await context.newPage();
    await page.goto('/tasks');
    await page.locator('tr.task-row').nth(49).waitFor();
    firstPage.push(await page.evaluate(() => performance.now()));
    const clicked = (await page.evaluate(`(() => {
      const at = performance.now();
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Show more').click();
      return at;
    })()`)) as number;
    await page.locator('tr.task-row').nth(99).waitFor();
    nextPage.push((await page.evaluate(() => performance.now())) - clicked);
    await context.close();
  }
  const ms = (values: number[]) => values.map((t) => t.toFixed(0)).join(', ');
  console.log(`first page (ms): ${ms(firstPage)}; median ${median(firstPage).toFixed(0)} ms`);
  console.log(`next page (ms): ${ms(nextPage)}; median ${median(nextPage).toFixed(0)} ms`);
  console.log(
    `load average: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
} finally {
  await browser.close();
  await server.close();
}
