import type { Page } from 'playwright-core';
import { PASSWORD } from './promesa-server.ts';

/** The sign-in form, filled and sent as a person would (labels, then the button). */
export async function signIn(page: Page, username: string, password = PASSWORD): Promise<void> {
  const form = page.locator('form');
  await form.locator('input[name=username]').fill(username);
  await form.locator('input[name=password]').fill(password);
  await form.locator('button[type=submit]').click();
}
