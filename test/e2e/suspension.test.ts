import { describe, expect, it } from 'vitest';
import { openPage, screenshot, seriousAccessibilityProblems } from './support/browser.ts';
import { deployCallbackRequest } from './support/promise-scenarios.ts';
import { signIn } from './support/sign-in.ts';
import { usePromesa } from './support/use-promesa.ts';

/** A developer holds a customer's request on its instance page, and lets it go on. */
const promesa = usePromesa(async ({ running: { engine } }) => {
  await deployCallbackRequest(engine);
});

describe('suspending an instance from its page', () => {
  it('suspends and resumes, saying so beside the status, in English', async () => {
    const { engine } = promesa.server.running;
    const running = await engine.start('callback-request', { businessKey: 'C-20' });
    const { page, context, errors } = await openPage(promesa.browser, promesa.server.url, {
      locale: 'en-US',
    });
    await page.goto(`/instances/${running.id}`);
    await signIn(page, 'dev');
    await page.locator('.djs-element.path-waiting').first().waitFor();

    await page.getByRole('button', { name: 'Suspend' }).click();
    await page.locator('.badge--suspended', { hasText: 'Suspended' }).waitFor();
    expect((await engine.getInstance(running.id)).suspended).toBe(true);
    const [task] = await engine.listTasks({ instanceId: running.id, state: 'open' });
    expect(task).toMatchObject({ suspended: true });
    await page.locator('.audit-line', { hasText: 'Instance suspended' }).waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'instance-suspended-en');

    await page.getByRole('button', { name: 'Resume' }).click();
    await page.getByRole('button', { name: 'Suspend' }).waitFor();
    expect(await page.locator('.badge--suspended').count()).toBe(0);
    expect((await engine.getInstance(running.id)).suspended).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('suspends and resumes in Spanish, and shows an analyst the state without the buttons', async () => {
    const { engine } = promesa.server.running;
    const running = await engine.start('callback-request', { businessKey: 'C-21' });
    const { page, context, errors } = await openPage(promesa.browser, promesa.server.url, {
      locale: 'es-ES',
    });
    await page.goto(`/instances/${running.id}`);
    await signIn(page, 'rafa');
    await page.getByRole('button', { name: 'Suspender' }).click();
    await page.locator('.badge--suspended', { hasText: 'Suspendida' }).waitFor();
    await page.locator('.audit-line', { hasText: 'Instancia suspendida' }).waitFor();
    await screenshot(page, 'instance-suspended-es');
    await page.getByRole('button', { name: 'Reanudar' }).click();
    await page.locator('.audit-line', { hasText: 'Instancia reanudada' }).waitFor();
    expect((await engine.getInstance(running.id)).suspended).toBe(false);
    expect(errors).toEqual([]);
    await context.close();

    await engine.setInstanceSuspended(running.id, true);
    const analyst = await openPage(promesa.browser, promesa.server.url, { locale: 'en-US' });
    await analyst.page.goto(`/instances/${running.id}`);
    await signIn(analyst.page, 'ana');
    await analyst.page.locator('.badge--suspended', { hasText: 'Suspended' }).waitFor();
    expect(await analyst.page.getByRole('button', { name: 'Resume' }).count()).toBe(0);
    expect(analyst.errors).toEqual([]);
    await analyst.context.close();
  });

  it('tells staff a task of a suspended request is on hold: a badge in the list, no claim, no completion', async () => {
    const { engine } = promesa.server.running;
    const held = await engine.start('callback-request', { businessKey: 'C-22' });
    await engine.setInstanceSuspended(held.id, true);
    const [task] = await engine.listTasks({ instanceId: held.id, state: 'open' });
    const { page, context, errors } = await openPage(promesa.browser, promesa.server.url, {
      locale: 'es-ES',
    });
    await page.goto('/tasks');
    await signIn(page, 'eva');
    const row = page.locator('tr', { hasText: 'C-22' });
    await row.locator('.badge', { hasText: 'En pausa' }).waitFor();
    expect(await row.getByRole('button', { name: 'Tomar' }).count()).toBe(0);

    await page.goto(`/tasks/${task!.id}`);
    await page.getByRole('status').filter({ hasText: 'Esta petición está en pausa' }).waitFor();
    expect(await page.getByRole('button', { name: 'Tomar' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Completar' }).isDisabled()).toBe(true);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'task-on-hold-es');

    // Resumed, it can be worked again.
    await engine.setInstanceSuspended(held.id, false);
    await page.reload();
    await page.getByRole('button', { name: 'Tomar' }).waitFor();
    expect(await page.getByRole('button', { name: 'Completar' }).isDisabled()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
