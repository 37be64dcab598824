import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, seriousAccessibilityProblems } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';
import { callBackProcess } from './support/staff-processes.ts';
import { usePromesa } from './support/use-promesa.ts';

const promesa = usePromesa(async ({ running: { engine } }) => {
  await engine.deploy({
    name: 'call-back.bpmn',
    xml: callBackProcess('call-back', 'Call back', 'PT1H'),
  });
  await engine.deploy({
    name: 'quick-call-back.bpmn',
    xml: callBackProcess('quick-call-back', 'Quick call back', 'PT6S'),
  });
});

const start = (processId: string, businessKey: string) =>
  promesa.server.running.engine.start(processId, {
    businessKey,
    variables: { phone: '+34 600 000 000' },
  });

/** The list row of a customer's task. */
const rowOf = (page: Page, businessKey: string) =>
  page.locator('tr.task-row').filter({ hasText: businessKey });

async function taskList(user: string, locale: 'es-ES' | 'en-US') {
  const opened = await openPage(promesa.browser, promesa.server.url, { locale });
  await opened.page.goto('/tasks');
  await signIn(opened.page, user);
  await opened.page
    .locator('h1')
    .filter({ hasText: locale === 'es-ES' ? 'Tareas' : 'Tasks' })
    .waitFor();
  return opened;
}

describe('the task list', () => {
  it('shows a new task within 2 s without a reload, and a colleague’s claim within 2 s', async () => {
    const bea = await taskList('bea', 'es-ES');
    const bruno = await taskList('bruno', 'en-US');
    // Both lists are listening before the instance starts.
    await bea.page.waitForTimeout(300);

    const startedAt = Date.now();
    await start('call-back', 'C-100');
    await rowOf(bea.page, 'C-100').waitFor({ timeout: 2000 });
    await rowOf(bruno.page, 'C-100').waitFor({ timeout: 2000 });
    expect(Date.now() - startedAt).toBeLessThan(2000);
    expect(await rowOf(bea.page, 'C-100').textContent()).toContain('Sin asignar');

    await rowOf(bruno.page, 'C-100').getByRole('button', { name: 'Claim' }).click();
    const claimedAt = Date.now();
    await rowOf(bea.page, 'C-100').filter({ hasText: 'bruno' }).waitFor({ timeout: 2000 });
    expect(Date.now() - claimedAt).toBeLessThan(2000);
    expect(await rowOf(bruno.page, 'C-100').textContent()).toContain('You');
    await screenshot(bea.page, 'tasks-es');
    expect(bea.errors).toEqual([]);
    expect(bruno.errors).toEqual([]);
    await bea.context.close();
    await bruno.context.close();
  });

  it("names each task's process as drawn, not by its id: in the list (live and read again) and on the task's page, in both languages", async () => {
    for (const [user, locale] of [
      ['bea', 'es-ES'],
      ['bruno', 'en-US'],
    ] as const) {
      const staff = await taskList(user, locale);
      await staff.page.waitForTimeout(300);
      const businessKey = `C-12${locale === 'es-ES' ? '1' : '2'}`;
      await start('call-back', businessKey);
      // Arrived by the live stream.
      const process = rowOf(staff.page, businessKey).locator('.task-row__process');
      await process.waitFor({ timeout: 2000 });
      expect(await process.textContent()).toBe('Call back');
      expect(await process.getAttribute('title')).toBe('call-back');
      // Read again from the list.
      await staff.page.reload();
      await process.waitFor();
      expect(await process.textContent()).toBe('Call back');

      await rowOf(staff.page, businessKey).getByRole('link').click();
      await staff.page.getByRole('heading', { level: 1, name: 'Call the customer back' }).waitFor();
      const subtitle = await staff.page.locator('.page-header__subtitle').textContent();
      expect(subtitle).toContain('Call back');
      expect(subtitle).not.toContain('call-back');
      await screenshot(staff.page, `task-process-name-${locale.slice(0, 2)}`);
      expect(staff.errors).toEqual([]);
      await staff.context.close();
    }
  });

  it('is worked with the keyboard: claim, open, a refused value on its field, complete, gone; a colleague’s late completion is explained', async () => {
    await start('call-back', 'C-101');
    const bea = await taskList('bea', 'es-ES');
    const carla = await taskList('carla', 'es-ES');
    const row = rowOf(bea.page, 'C-101');
    await row.waitFor();

    // Keyboard only: focus the row, c claims, Enter opens.
    await row.focus();
    await bea.page.keyboard.press('c');
    await row.filter({ hasText: 'Tú' }).waitFor();
    await bea.page.keyboard.press('Enter');
    await bea.page.getByRole('heading', { level: 1, name: 'Call the customer back' }).waitFor();
    expect(await seriousAccessibilityProblems(bea.page)).toEqual([]);

    // Carla opens the same task while it is still open.
    await rowOf(carla.page, 'C-101').getByRole('link').click();
    await carla.page.getByRole('heading', { level: 1, name: 'Call the customer back' }).waitFor();

    // Not a whole number: the server refuses it, and says so on the field, in Spanish.
    await bea.page.getByLabel('Minutes on the phone').fill('twelve');
    await bea.page.getByRole('button', { name: 'Completar' }).click();
    const field = bea.page.locator('.field.has-error').filter({ hasText: 'Minutes on the phone' });
    await field.getByText('Escribe un número entero.').waitFor();
    expect(await bea.page.getByLabel('Minutes on the phone').getAttribute('aria-invalid')).toBe(
      'true',
    );
    await screenshot(bea.page, 'task-form-error-es');
    await bea.page.getByLabel('Minutes on the phone').fill('12');
    await bea.page.getByRole('button', { name: 'Completar' }).click();
    await bea.page.waitForURL('**/tasks');
    await bea.page.locator('h1').filter({ hasText: 'Tareas' }).waitFor();
    await expect.poll(() => rowOf(bea.page, 'C-101').count()).toBe(0);

    // Carla, too late: a 409 explained in Spanish from the API's code and details.
    await carla.page.getByLabel('Minutes on the phone').fill('3');
    await carla.page.getByRole('button', { name: 'Completar' }).click();
    await carla.page
      .getByRole('alert')
      .filter({ hasText: 'bea completó esta tarea hace un momento.' })
      .waitFor();
    expect(bea.errors.filter((e) => !e.includes('400'))).toEqual([]);
    expect(carla.errors.filter((e) => !e.includes('409'))).toEqual([]);
    await bea.context.close();
    await carla.context.close();
  });

  it('catches up after its live stream drops: a task started meanwhile is there within 5 s of the stream coming back', async () => {
    // Bea works in Spanish (a user's language is remembered on the server).
    const bea = await taskList('bea', 'es-ES');
    await bea.page.waitForTimeout(300);
    // The server drops every connection, the live stream among them, and the stream cannot come
    // back for now (its reconnections fail as on a lost network).
    await bea.page.route('**/api/events', (route) => route.abort('internetdisconnected'));
    (promesa.server.running.server as import('node:http').Server).closeAllConnections();
    await start('call-back', 'C-106');
    // Missed: nothing told the list.
    await bea.page.waitForTimeout(1500);
    expect(await rowOf(bea.page, 'C-106').count()).toBe(0);

    // The network is back: the browser reconnects (its own delay is 3 s) and the list is read again.
    await bea.page.unroute('**/api/events');
    const backAt = Date.now();
    await rowOf(bea.page, 'C-106').waitFor({ timeout: 5000 });
    expect(Date.now() - backAt).toBeLessThan(5000);
    // Live again: a colleague's claim arrives by the stream.
    const [task] = await promesa.server.running.engine.listTasks({ businessKey: 'C-106' });
    await promesa.server.running.engine.claimTask(task!.id, 'bruno');
    await rowOf(bea.page, 'C-106').filter({ hasText: 'bruno' }).waitFor({ timeout: 2000 });
    // The only console errors: the dropped stream and the refused reconnections.
    expect(
      bea.errors.filter(
        (e) => !/ERR_INCOMPLETE_CHUNKED_ENCODING|ERR_INTERNET_DISCONNECTED/.test(e),
      ),
    ).toEqual([]);
    await bea.context.close();
  });

  it('turns a short promise at risk and then breached without a reload, and the supervisor sees the escalation', async () => {
    const bruno = await taskList('bruno', 'en-US');
    const sara = await taskList('sara', 'en-US');
    await bruno.page.waitForTimeout(300);
    await start('quick-call-back', 'C-102');
    const row = rowOf(bruno.page, 'C-102');
    await row.getByText('On time').waitFor();
    await row.getByText('At risk').waitFor({ timeout: 10_000 });
    await row.getByText('Breached').waitFor({ timeout: 10_000 });
    // The supervisors get a review of the broken promise; the call stays, breached.
    await rowOf(sara.page, 'C-102').filter({ hasText: 'Review the late call' }).waitFor({
      timeout: 15_000,
    });
    expect(await row.getByText('Breached').count()).toBe(1);
    await screenshot(bruno.page, 'tasks-en');
    await rowOf(bruno.page, 'C-100').getByRole('link').click();
    await bruno.page.getByRole('heading', { level: 1, name: 'Call the customer back' }).waitFor();
    await screenshot(bruno.page, 'task-form-en');
    expect(bruno.errors).toEqual([]);
    expect(sara.errors).toEqual([]);
    await bruno.context.close();
    await sara.context.close();
  });

  it('never shows staff a task of another group: not in the list, not by its address, not live', async () => {
    const eva = await taskList('eva', 'en-US');
    // What eva's own stream receives while a back-office instance starts.
    await eva.page.evaluate(`
      window.seen = [];
      new EventSource('/api/events').addEventListener('task.changed', (e) => window.seen.push(e.data));
    `);
    await eva.page.waitForTimeout(300);
    const instance = await start('call-back', 'C-103');
    const [task] = await promesa.server.running.engine.listTasks({ instanceId: instance.id });
    // A task of her own group, started after, arrives: the stream was listening.
    await promesa.server.running.engine.start('customer-request', { businessKey: 'C-104' });
    await rowOf(eva.page, 'C-104').waitFor();
    expect(await rowOf(eva.page, 'C-103').count()).toBe(0);
    const seen = (await eva.page.evaluate('window.seen')) as string[];
    expect(seen.some((data) => data.includes('C-104'))).toBe(true);
    expect(seen.filter((data) => data.includes('C-103'))).toEqual([]);

    await eva.page.goto(`/tasks/${task!.id}`);
    await eva.page
      .getByRole('alert')
      .filter({ hasText: 'This task does not exist, or it is not for you.' })
      .waitFor();
    await eva.context.close();
  });

  it('lets a supervisor assign several tasks at once to someone of their team', async () => {
    await start('call-back', 'C-110');
    await start('call-back', 'C-111');
    const sara = await taskList('sara', 'en-US');
    for (const key of ['C-110', 'C-111']) await rowOf(sara.page, key).getByRole('checkbox').check();
    const bulk = sara.page.getByRole('region', { name: 'Selected tasks' });
    await bulk.getByText('2 selected').waitFor();
    await bulk.getByLabel('Person').selectOption('bruno');
    await bulk.getByRole('button', { name: 'Assign' }).click();
    for (const key of ['C-110', 'C-111'])
      await rowOf(sara.page, key).filter({ hasText: 'bruno' }).waitFor();
    const tasks = await promesa.server.running.engine.listTasks({ businessKey: 'C-110' });
    expect(tasks.map((task) => task.assignee)).toEqual(['bruno']);
    expect(await seriousAccessibilityProblems(sara.page)).toEqual([]);
    expect(sara.errors).toEqual([]);
    await sara.context.close();
  });

  it('keeps a saved filter on the server: saved on one machine, there on the next', async () => {
    await start('call-back', 'C-105');
    const first = await taskList('bea', 'es-ES');
    await rowOf(first.page, 'C-105').waitFor();
    const customer = first.page.getByLabel('Cliente', { exact: true });
    await customer.fill('C-105');
    await customer.press('Enter');
    await first.page.waitForURL('**/tasks?businessKey=C-105');
    await first.page.getByLabel('Guardar este filtro como').fill('Cliente C-105');
    await first.page.getByRole('button', { name: 'Guardar', exact: true }).click();
    await first.page
      .getByRole('button', { name: 'Cliente C-105', exact: true, pressed: true })
      .waitFor();
    await first.context.close();

    // Another machine: a fresh browser, the same account.
    const second = await taskList('bea', 'es-ES');
    await second.page.getByRole('button', { name: 'Cliente C-105', exact: true }).click();
    await second.page.waitForURL('**/tasks?businessKey=C-105');
    await expect.poll(() => second.page.locator('tr.task-row').count()).toBe(1);
    expect(await second.page.locator('tr.task-row').textContent()).toContain('C-105');
    expect(await seriousAccessibilityProblems(second.page)).toEqual([]);
    expect(second.errors).toEqual([]);
    await second.context.close();
  });

  it('registers a request from its start form, the refused field explained, and shows its promise clock at once', async () => {
    const carla = await taskList('carla', 'es-ES');
    await carla.page.getByRole('link', { name: 'Registrar una petición' }).click();
    await carla.page.getByRole('heading', { level: 1, name: 'Registrar una petición' }).waitFor();
    await carla.page.getByRole('button', { name: 'Call back', exact: true }).click();
    // The customer field has the focus: an agent on the phone types at once.
    await expect.poll(() => carla.page.evaluate('document.activeElement.name')).toBe('businessKey');
    await carla.page.keyboard.type('C-200');
    await carla.page.getByRole('button', { name: 'Registrar' }).click();
    await carla.page
      .locator('.field.has-error')
      .filter({ hasText: 'Phone number' })
      .getByText('Este campo es obligatorio.')
      .waitFor();
    await carla.page.getByLabel('Phone number').fill('+34 600 111 222');
    await carla.page.getByRole('button', { name: 'Registrar' }).click();
    const result = carla.page.getByRole('region', { name: 'Registrada' });
    await result.getByText('espera en «Call the customer back».').waitFor();
    await result.getByText(/^quedan 59:\d\d$/).waitFor();
    expect(await result.textContent()).toContain('C-200');
    expect(await seriousAccessibilityProblems(carla.page)).toEqual([]);
    await screenshot(carla.page, 'start-request-es');
    expect(carla.errors.filter((e) => !e.includes('400'))).toEqual([]);
    await carla.context.close();
  });
});
