import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot } from './support/browser.ts';
import { nameOf, rename } from './support/modeler.ts';
import { signIn } from './support/sign-in.ts';
import { usePromesa } from './support/use-promesa.ts';

const promesa = usePromesa();

/** The draft id in the page's address, once its first save put it there. */
async function draftIdOf(page: Page): Promise<string> {
  await page.waitForURL(/[?&]draft=/);
  return new URL(page.url()).searchParams.get('draft')!;
}

/** What the server holds for a draft, read with the page's own session. */
function storedDraft(page: Page, id: string): Promise<{ status: number; xml?: string }> {
  return page.evaluate(async (draftId) => {
    const reply = await fetch(`/api/drafts/${draftId}`);
    const body = reply.ok ? ((await reply.json()) as { xml: string }) : undefined;
    return { status: reply.status, xml: body?.xml };
  }, id);
}

describe('drafts', () => {
  it('keeps every edit on the server: a tab closed right after an edit loses nothing, and another machine opens the draft where it was left', async () => {
    const first = await openPage(promesa.browser, promesa.server.url, { locale: 'en-US' });
    await first.page.goto('/modeler');
    await signIn(first.page, 'ana');
    await first.page.locator('.djs-shape[data-element-id="answer-customer"]').waitFor();
    await rename(first.page, 'answer-customer', 'Answer within the hour');
    const id = await draftIdOf(first.page);
    await first.page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    // The last edit, and the tab closes at once (leaving when asked): closing saves it.
    await rename(first.page, 'request-received', 'Complaint received');
    first.page.on('dialog', (dialog) => void dialog.accept());
    const closed = new Promise((resolve) => first.page.once('close', resolve));
    await first.page.close({ runBeforeUnload: true });
    await closed;
    expect(first.errors).toEqual([]);
    await first.context.close();

    const other = await openPage(promesa.browser, promesa.server.url, { locale: 'en-US' });
    await other.page.goto('/modeler');
    await signIn(other.page, 'ana');
    await other.page.waitForURL(`**/modeler?draft=${id}`);
    await other.page.locator('.djs-shape[data-element-id="answer-customer"]').waitFor();
    await expect.poll(() => nameOf(other.page, 'answer-customer')).toBe('Answer within the hour');
    expect(await nameOf(other.page, 'request-received')).toBe('Complaint received');
    await other.page.locator('summary', { hasText: 'Drafts' }).click();
    await other.page.locator('.menu__open', { hasText: 'customer-request.bpmn' }).waitFor();
    expect(other.errors).toEqual([]);
    await other.context.close();
  });

  it('explains, in Spanish, that another tab saved first, overwrites nothing, and keeps the loser as a new draft', async () => {
    const { page, context, errors } = await openPage(promesa.browser, promesa.server.url, {
      locale: 'es-ES',
    });
    await page.goto('/modeler?new');
    await signIn(page, 'luz');
    await page.locator('.djs-shape[data-element-id="answer-customer"]').waitFor();
    await rename(page, 'answer-customer', 'Responder hoy');
    const id = await draftIdOf(page);
    await page.getByRole('status').filter({ hasText: 'Guardado' }).waitFor();

    const second = await context.newPage();
    second.on('pageerror', (error) => errors.push(error.message));
    await second.goto(`/modeler?draft=${id}`);
    await second.locator('.djs-shape[data-element-id="answer-customer"]').waitFor();
    await expect.poll(() => nameOf(second, 'answer-customer')).toBe('Responder hoy');

    // The first tab saves version 2; the second, still on version 1, is refused.
    await rename(page, 'answer-customer', 'Responder en una hora');
    await expect
      .poll(async () => (await storedDraft(page, id)).xml)
      .toContain('Responder en una hora');
    await rename(second, 'answer-customer', 'Responder mañana');
    const conflict = second.getByRole('alert').filter({ hasText: 'otra pestaña' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('versión 2');
    await screenshot(second, 'modeler-draft-conflict-es');
    expect((await storedDraft(page, id)).xml).toContain('Responder en una hora');

    await second.getByRole('button', { name: 'Guardar los míos como borrador nuevo' }).click();
    await second.waitForURL((url) => {
      const draft = url.searchParams.get('draft');
      return draft !== null && draft !== id;
    });
    const copy = new URL(second.url()).searchParams.get('draft')!;
    await expect
      .poll(async () => (await storedDraft(second, copy)).xml)
      .toContain('Responder mañana');
    expect((await storedDraft(page, id)).xml).toContain('Responder en una hora');
    // The 409 the browser logs is the refused save, which the page explained.
    expect(errors.filter((e) => !e.includes('409'))).toEqual([]);
    await context.close();
  });

  it('keeps staff out of the modeler and of drafts, and one analyst out of another’s drafts', async () => {
    const owner = await openPage(promesa.browser, promesa.server.url, { locale: 'en-US' });
    await owner.page.goto('/modeler?new');
    await signIn(owner.page, 'ana');
    await owner.page.locator('.djs-shape[data-element-id="answer-customer"]').waitFor();
    await rename(owner.page, 'answer-customer', 'Private work');
    const id = await draftIdOf(owner.page);
    await owner.context.close();

    const staff = await openPage(promesa.browser, promesa.server.url, { locale: 'en-US' });
    await staff.page.goto(`/modeler?draft=${id}`);
    await signIn(staff.page, 'eva');
    await staff.page.getByRole('heading', { name: 'Not available for your role' }).waitFor();
    const nav = staff.page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Tasks', 'Customers']);
    expect(await staff.page.locator('.djs-container').count()).toBe(0);
    expect((await storedDraft(staff.page, id)).status).toBe(403);
    await staff.context.close();

    const analyst = await openPage(promesa.browser, promesa.server.url, { locale: 'en-US' });
    await analyst.page.goto(`/modeler?draft=${id}`);
    await signIn(analyst.page, 'dev');
    await analyst.page.getByText('This draft does not exist, or it is not yours.').waitFor();
    expect((await storedDraft(analyst.page, id)).status).toBe(404);
    await analyst.context.close();
  });
});
