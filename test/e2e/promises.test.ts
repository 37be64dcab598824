import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, seriousAccessibilityProblems } from './support/browser.ts';
import {
  deployCallbackRequest,
  escalateUrgentCall,
  keepOnePromiseBreakOne,
} from './support/promise-scenarios.ts';
import { signIn } from './support/sign-in.ts';
import { usePromesa } from './support/use-promesa.ts';

/**
 * Customer C-7 asked for a callback: the call back kept its promise, the summary broke its own.
 * The tests run in order, each on what the ones before it left: C-8's request cancelled, C-9's
 * summary broken and still open.
 */
const promesa = usePromesa(async ({ running: { engine } }) => {
  await deployCallbackRequest(engine);
  await keepOnePromiseBreakOne(engine, 'C-7', 'eva');
});

/** The diagram elements carrying a marker, by id. */
function marked(page: Page, marker: string): Promise<string[]> {
  return page
    .locator(`.djs-element.${marker}`)
    .evaluateAll((elements) => elements.map((e) => e.getAttribute('data-element-id')!).sort());
}

describe('where a company sees whether it keeps its promises', () => {
  it("tells a customer's whole story in order, newest first", async () => {
    const { page, context, errors } = await openPage(promesa.browser, promesa.server.url, {
      locale: 'en-US',
    });
    await page.goto('/customers');
    await signIn(page, 'eva');
    await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
    // The directory lists the customers, narrowed as a key is typed.
    const directory = page.getByRole('region', { name: 'Latest requests first' });
    await directory.getByRole('link', { name: 'C-7' }).waitFor();
    expect(await directory.locator('tbody tr').allInnerTexts()).toEqual([
      expect.stringMatching(/^C-7\t1\t0\t/),
    ]);
    await page.getByLabel('Customer (business key)').fill('X');
    await page.getByText('No customer you may see has a key starting with “X”').waitFor();
    await page.getByLabel('Customer (business key)').fill('C-');
    await page
      .getByRole('region', { name: 'Customers whose key starts with “C-”' })
      .getByRole('link', { name: 'C-7' })
      .waitFor();
    await screenshot(page, 'customer-directory-en');
    await page.getByLabel('Customer (business key)').fill('C-7');
    await page.getByRole('button', { name: 'Show the story' }).click();
    await page.waitForURL('**/customers/C-7');
    await page.getByText('This is where the story starts.').waitFor();

    const story = await page.locator('.timeline-entry__title').allTextContents();
    expect(story.toReversed()).toEqual([
      'Request opened by eva',
      'New task: Call the customer back',
      'eva completed Call the customer back',
      'Promise kept: Call the customer back',
      'New task: Send the written summary',
      'Promise at risk: Send the written summary',
      'Promise broken: Send the written summary',
      'eva completed Send the written summary',
      'Request resolved: Customer informed',
    ]);
    const completion = page.locator('.timeline-entry', { hasText: 'completed Call the customer' });
    expect(await completion.locator('dl').textContent()).toBe('Reached the customer?Yes');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'customer-timeline-en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows an instance: the path it took, its promises and its audit log, reached from the customer', async () => {
    const { page, context, errors } = await openPage(promesa.browser, promesa.server.url, {
      locale: 'en-US',
    });
    await page.goto('/customers/C-7');
    await signIn(page, 'ana');
    await page.getByText('Request opened by eva').waitFor();
    await page
      .locator('.timeline-entry')
      .last()
      .getByRole('link', { name: 'Callback request' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Callback request' }).waitFor();
    await page.locator('.djs-element.path-done').first().waitFor();
    expect(await marked(page, 'path-done')).toEqual([
      'call-back',
      'callback-requested',
      'customer-informed',
      'send-summary',
      'to-call',
      'to-end',
      'to-summary',
    ]);
    expect(await marked(page, 'path-waiting')).toEqual([]);
    const promises = page.getByRole('table').first();
    expect(await promises.getByRole('row').allInnerTexts()).toEqual([
      expect.stringContaining('Where'),
      expect.stringMatching(/^Call the customer back\s+Front office\s+Met/),
      expect.stringMatching(/^Send the written summary\s+Front office\s+Breached/),
    ]);
    const log = page.getByRole('region', { name: 'Audit log' });
    expect(await log.locator('.audit-line').first().textContent()).toContain('Instance completed');
    await log
      .locator('.audit-line', { hasText: /Task completed\s*Call the customer back/ })
      .getByText('eva')
      .waitFor();
    await page.getByRole('row', { name: 'reached true', exact: true }).waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'instance-en');
    // The way back, for an analyst: the process the instance runs.
    await page.locator('.page-header__back', { hasText: 'Callback request' }).click();
    await page.waitForURL('**/processes/callback-request');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets a developer move a running promise and cancel the instance', async () => {
    const { engine } = promesa.server.running;
    const running = await engine.start('callback-request', { businessKey: 'C-8' });
    const { page, context, errors } = await openPage(promesa.browser, promesa.server.url, {
      locale: 'es-ES',
    });
    await page.goto(`/instances/${running.id}`);
    await signIn(page, 'rafa');
    await page.locator('.djs-element.path-waiting').first().waitFor();
    expect(await marked(page, 'path-waiting')).toEqual(['call-back']);
    expect(await page.locator('.token-badge').allTextContents()).toEqual(['1']);

    const row = page.getByRole('row', { name: /Call the customer back/ });
    await row.getByLabel('Nuevo plazo, contado desde el inicio de la promesa').fill('2');
    await row.getByLabel('Unidad').selectOption('hours');
    await row.getByRole('button', { name: 'Mover' }).click();
    await page.locator('.audit-line', { hasText: 'Plazo de la promesa cambiado' }).waitFor();
    const [sla] = await engine.listSlas({ instanceId: running.id });
    expect(sla!.targetAt - sla!.startedAt).toBe(2 * 3_600_000);

    await page.getByRole('button', { name: 'Cancelar la instancia' }).click();
    await page
      .getByLabel('Motivo (queda en el registro de auditoría)')
      .fill('El cliente ya no lo necesita');
    await page
      .locator('form.cancel-instance')
      .getByRole('button', { name: 'Cancelar la instancia' })
      .click();
    await page.locator('.badge', { hasText: 'Cancelada' }).waitFor();
    expect((await engine.getInstance(running.id)).status).toBe('cancelled');
    expect(await page.locator('.audit-line').first().textContent()).toContain(
      'El cliente ya no lo necesita',
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it("counts a manager's lanes live: another completion and another breach arrive without a reload", async () => {
    const { engine } = promesa.server.running;
    const { page, context, errors } = await openPage(promesa.browser, promesa.server.url, {
      locale: 'en-US',
    });
    await page.goto('/dashboard');
    await signIn(page, 'sol');
    const kept = page.locator('.kpi', { hasText: 'Promises kept' });
    await kept.getByText('1 kept, 1 broken in this period').waitFor();
    expect(await kept.locator('.kpi__value').textContent()).toBe('50%');
    const frontOffice = page
      .getByRole('region', { name: 'By lane' })
      .getByRole('row', { name: /^Front office/ });
    expect(await frontOffice.getByRole('cell').allTextContents()).toEqual([
      '50%',
      '1',
      '1',
      '0',
      '0',
      '0',
      '0',
    ]);
    const chart = page.getByRole('region', { name: 'Promises kept, hour by hour' });
    expect(await chart.locator('.u-legend .u-label').allTextContents()).toEqual([
      'From',
      'Kept',
      'Broken',
      'Share kept',
    ]);
    await chart.locator('canvas').waitFor();
    // A supervisor steers lanes, not whole processes.
    expect(await page.getByRole('heading', { name: 'By process' }).count()).toBe(0);

    // C-9's request runs while the page is open: its call back is done, its summary breaks.
    await keepOnePromiseBreakOne(engine, 'C-9', 'eva', { finish: false });
    await kept.getByText('2 kept, 2 broken in this period').waitFor({ timeout: 5_000 });
    await page
      .locator('.kpi', { hasText: 'Broken, still open' })
      .locator('.kpi__value', { hasText: '1' })
      .waitFor({ timeout: 5_000 });
    const urgent = page.getByRole('region', { name: 'Needs attention now' }).getByRole('listitem');
    expect(await urgent.allInnerTexts()).toEqual([
      expect.stringMatching(
        /^Breached\s+C-9\s*Send the written summary\s+Front office · Unassigned/,
      ),
    ]);
    const [summary] = await engine.listTasks({ businessKey: 'C-9', state: 'open' });
    expect(await urgent.getByRole('link').getAttribute('href')).toBe(`/tasks/${summary!.id}`);
    // The supervisor gives C-9 two hours for the summary: moved, and broken on record all the same.
    await urgent.getByText('Move the promise').click();
    await urgent.getByLabel('New target, counted from the start of the promise').fill('2');
    await urgent.getByRole('button', { name: 'Move' }).click();
    await urgent.getByText('in 2 hr.').waitFor({ timeout: 5_000 });
    const [moved] = await engine.listSlas({ taskIds: [summary!.id] });
    expect(moved).toMatchObject({ state: 'breached', targetAt: moved!.startedAt + 2 * 3_600_000 });
    const ages = page.getByRole('region', { name: 'Open tasks by age' });
    expect(await ages.getByRole('columnheader').allTextContents()).toEqual([
      'Lane',
      'Under 1 hr',
      '1 hr to 4 hr',
      '4 hr to 1 day',
      'Over 1 day',
      'Share of the open tasks',
    ]);
    expect(
      await ages
        .getByRole('row', { name: /^Front office/ })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['1', '0', '0', '0', '']);
    const touchpoints = page.getByRole('region', { name: 'By touchpoint, slowest first' });
    expect(await touchpoints.getByRole('rowheader').allTextContents()).toEqual([
      'Send the written summaryFront office',
      'Call the customer backFront office · phone',
    ]);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'dashboard-en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows an analyst every process and the escalations, in Spanish', async () => {
    await escalateUrgentCall(promesa.server.running.engine, 'C-10');
    const { page, context, errors } = await openPage(promesa.browser, promesa.server.url, {
      locale: 'es-ES',
    });
    await page.goto('/dashboard?window=7d');
    await signIn(page, 'luz');
    await page.getByRole('heading', { name: 'Por proceso' }).waitFor();
    const row = page.getByRole('row', { name: /^Callback request/ });
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('2');
    expect(await page.getByRole('button', { name: '7 días' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    const escalations = page.getByRole('region', { name: '1 escalamiento' });
    expect(await escalations.getByRole('listitem').textContent()).toMatch(
      /C-10Not called in a second → Apologise to the customer · Supervisor$/,
    );
    await screenshot(page, 'dashboard-es');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("draws a version's heat: the count of each element on it, glowing beneath the shapes", async () => {
    const { page, context, errors } = await openPage(promesa.browser, promesa.server.url, {
      locale: 'en-US',
    });
    await page.goto('/processes/callback-request');
    await signIn(page, 'ana');
    await page.getByRole('link', { name: 'Heat map' }).click();
    await page.getByRole('heading', { level: 1, name: 'Heat map of Callback request' }).waitFor();
    const figure = (elementId: string) =>
      page.locator(`.djs-overlays[data-container-id="${elementId}"] .heat-figure`);
    // C-7 and C-9 were called back; C-8's call was cancelled with its instance; only C-7 got its summary.
    await figure('call-back').waitFor();
    expect(await figure('call-back').textContent()).toBe('2');
    expect(await figure('send-summary').textContent()).toBe('1');
    // Five steps of heat up to the most: the three requests that started.
    const glows = await page
      .locator('.heat-glow')
      .evaluateAll((rects) =>
        rects.map((r) => `${r.dataset.elementId} ${r.getAttribute('class')}`),
      );
    expect(glows.sort()).toEqual([
      'call-back heat-glow heat-glow--4',
      'callback-requested heat-glow heat-glow--5',
      'customer-informed heat-glow heat-glow--2',
      'send-summary heat-glow heat-glow--2',
    ]);
    expect(await marked(page, 'heat-see-through')).toEqual(['callback-desk', 'front-office-lane']);
    await screenshot(page, 'heatmap-en');

    await page.getByRole('button', { name: 'Broken promises' }).click();
    await page.waitForURL(/measure=breached/);
    await expect.poll(() => figure('send-summary').textContent()).toBe('2');
    expect(await figure('call-back').count()).toBe(0);
    expect(await page.locator('.heat-legend').textContent()).toBe('Broken promises02');
    const row = page.getByRole('row', { name: /^Send the written summary/ });
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      '1',
      '1',
      expect.any(String),
      '2',
    ]);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
