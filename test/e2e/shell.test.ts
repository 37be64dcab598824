import { describe, expect, it } from 'vitest';
import { openPage, screenshot, seriousAccessibilityProblems } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';
import { usePromesa } from './support/use-promesa.ts';

const promesa = usePromesa();

describe('sign-in and the shell', () => {
  it('speaks Spanish to a Spanish browser, from the server codes too, and shows staff only their pages', async () => {
    const { page, context, errors } = await openPage(promesa.browser, promesa.server.url, {
      locale: 'es-ES',
    });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto('/');
    await page.waitForURL('**/sign-in');
    await expect(page.locator('h1').textContent()).resolves.toBe('Inicia sesión en Promesa');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    await signIn(page, 'eva', 'not-her-password');
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      'Usuario desconocido o contraseña incorrecta.',
    );

    errors.length = 0; // the refused sign-in's 401, which the browser logs
    await signIn(page, 'eva');
    await page.waitForURL('**/tasks');
    await page.getByRole('heading', { level: 1, name: 'Tareas' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Principal' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Tareas', 'Clientes']);
    await page.getByText('No hay tareas abiertas').waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    // Sign-in and the task list never load bpmn-js: it is in the process and modeler chunks.
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((url) => /NavigatedViewer|modeler-page|camunda-/.test(url))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('remembers the language a user switches to on the server, for their next browser', async () => {
    const first = await openPage(promesa.browser, promesa.server.url, { locale: 'en-US' });
    await first.page.goto('/tasks');
    await first.page.waitForURL('**/sign-in?next=%2Ftasks');
    await first.page.getByRole('heading', { name: 'Sign in to Promesa' }).waitFor();
    await signIn(first.page, 'ana');
    await first.page.waitForURL('**/tasks');
    await first.page.getByRole('heading', { level: 1, name: 'Tasks' }).waitFor();
    await first.page.getByLabel('Language').selectOption('es');
    await first.page.getByRole('heading', { level: 1, name: 'Tareas' }).waitFor();
    await expect
      .poll(async () => (await promesa.server.running.identity.store.getUser('ana'))?.language)
      .toBe('es');
    expect(first.errors).toEqual([]);
    await first.context.close();

    const second = await openPage(promesa.browser, promesa.server.url, { locale: 'en-US' });
    await second.page.goto('/');
    await signIn(second.page, 'ana');
    // An analyst starts at the catalogue.
    await second.page.getByRole('heading', { level: 1, name: 'Procesos' }).waitFor();
    await second.context.close();
  });

  it('sends a user whose session ended to sign-in, then back to where they were', async () => {
    const { page, context, errors } = await openPage(promesa.browser, promesa.server.url, {
      locale: 'en-US',
    });
    await page.goto('/tasks');
    await signIn(page, 'dev');
    await page.waitForURL('**/tasks');
    await page.getByRole('heading', { level: 1, name: 'Tasks' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You have signed out.').waitFor();

    // A sign-in with nowhere to return to starts a developer at the catalogue.
    await signIn(page, 'dev');
    await page.waitForURL('**/processes');
    await context.clearCookies();
    await page.reload();
    await page.waitForURL('**/sign-in?next=%2Fprocesses');
    await signIn(page, 'dev');
    await page.waitForURL('**/processes');
    await page.getByRole('heading', { level: 1, name: 'Processes' }).waitFor();
    // The 401 of the ended session is the only console line the browser writes.
    expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
    await context.close();
  });

  it("fits an administrator's every page, the language and sign-out in the top bar at 1280 px, in both languages", async () => {
    const { page, context, errors } = await openPage(promesa.browser, promesa.server.url, {
      locale: 'es-ES',
    });
    await page.goto('/users');
    await signIn(page, 'admin');
    await page.waitForURL('**/users');
    for (const [nav, language, signOut] of [
      ['Principal', 'Idioma', 'Cerrar sesión'],
      ['Main', 'Language', 'Sign out'],
    ] as const) {
      if (nav === 'Main') await page.getByLabel('Idioma').selectOption('en');
      const links = page.getByRole('navigation', { name: nav }).getByRole('link');
      await links.nth(8).waitFor();
      expect(await links.count()).toBe(9);
      const boxes = await Promise.all(
        (await links.all()).map(async (l) => (await l.boundingBox())!),
      );
      const select = (await page.getByLabel(language).boundingBox())!;
      const button = (await page.getByRole('button', { name: signOut }).boundingBox())!;
      expect(button.x + button.width).toBeLessThanOrEqual(1280);
      // Nothing overlaps: each link ends before the next begins, the last before the language.
      for (const [i, box] of boxes.entries())
        expect(box.x + box.width).toBeLessThanOrEqual(boxes[i + 1]?.x ?? select.x);
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
      await screenshot(page, `topbar-admin-${nav === 'Main' ? 'en' : 'es'}`);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('names the queues of a supervisor by their groups in words, not ids, in both languages', async () => {
    const spanish = await openPage(promesa.browser, promesa.server.url, { locale: 'es-ES' });
    await spanish.page.goto('/tasks');
    await signIn(spanish.page, 'sara');
    const queues = spanish.page.getByRole('navigation', { name: 'Colas' }).getByRole('button');
    await queues.first().waitFor();
    expect(await queues.allTextContents()).toEqual([
      'Mis tareas',
      'Back office',
      'Supervisión',
      'Todo lo que puedo ver',
    ]);
    expect(await seriousAccessibilityProblems(spanish.page)).toEqual([]);
    expect(spanish.errors).toEqual([]);
    await spanish.context.close();

    const english = await openPage(promesa.browser, promesa.server.url, { locale: 'en-US' });
    await english.page.goto('/tasks');
    await signIn(english.page, 'sol');
    const tabs = english.page.getByRole('navigation', { name: 'Queues' }).getByRole('button');
    await tabs.first().waitFor();
    expect(await tabs.allTextContents()).toEqual([
      'My tasks',
      'Front office',
      'Everything I may see',
    ]);
    expect(english.errors).toEqual([]);
    await english.context.close();
  });

  it('says plainly that an instance does not exist, with the way to the start page instead of a retry', async () => {
    const { page, context, errors } = await openPage(promesa.browser, promesa.server.url, {
      locale: 'es-ES',
    });
    await page.goto('/instances/no-such-instance');
    await signIn(page, 'sara');
    await page
      .getByText('Esta instancia no existe, o ninguno de tus carriles ha trabajado en ella.')
      .waitFor();
    expect(await page.getByRole('button', { name: 'Reintentar' }).count()).toBe(0);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.getByRole('link', { name: 'Ir a tu página de inicio' }).click();
    await page.waitForURL('**/tasks');
    // The refused read is the only console line.
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    await context.close();
  });

  it("shows a process's touchpoints and life-cycle stage in words under its element, not over its neighbours", async () => {
    const { page, context, errors } = await openPage(promesa.browser, promesa.server.url, {
      locale: 'en-US',
    });
    await page.goto('/processes/customer-request');
    await signIn(page, 'luz');
    const chip = page.locator('.property-chip');
    await chip.waitFor();
    expect(await chip.textContent()).toBe('Touchpoint: Phone, Chat, E-mail · Stage: Serve');
    const start = (await page
      .locator('.djs-element[data-element-id="request-received"]')
      .boundingBox())!;
    expect((await chip.boundingBox())!.y).toBeGreaterThan(start.y + start.height);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
