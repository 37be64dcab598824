import { describe, expect, it } from 'vitest';
import { openPage, seriousAccessibilityProblems } from './support/browser.ts';
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
});
