import { describe, expect, it } from 'vitest';
import { openPage, screenshot, seriousAccessibilityProblems } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';
import { usePromesa } from './support/use-promesa.ts';

const promesa = usePromesa();

/** `GET /api/me` with an API token: who the token signs in as, or the refusal's status. */
async function whoHolds(token: string): Promise<string | number> {
  const reply = await fetch(`${promesa.server.url}/api/me`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return reply.ok ? ((await reply.json()) as { username: string }).username : reply.status;
}

describe('users, for administrators', () => {
  it('adds a user, changes their role and groups, gives them a token shown once, and disables them', async () => {
    const { page, context, errors } = await openPage(promesa.browser, promesa.server.url, {
      locale: 'en-US',
    });
    await page.goto('/users');
    await signIn(page, 'admin');
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    expect(
      await page.getByRole('row', { name: /^eva/ }).getByRole('cell').allTextContents(),
    ).toEqual(['Staff', 'front-office', 'Active']);

    await page.getByRole('button', { name: 'Add a user' }).click();
    await page.getByLabel('Username').fill('nora');
    await page.getByLabel('Full name').fill('Nora Vidal');
    await page.getByLabel('Groups').fill('front-office');
    await page.getByLabel('Password').fill('a-long-password');
    await page.getByRole('button', { name: 'Create the user' }).click();
    await page.waitForURL('**/users/nora');
    const side = page.getByRole('complementary');
    await side.getByRole('heading', { name: 'nora' }).waitFor();

    await side.getByLabel('Role').selectOption('supervisor');
    await side.getByLabel('Groups').fill('front-office, back-office');
    await side.getByRole('button', { name: 'Save changes' }).click();
    await side.getByText('nora is saved.').waitFor();
    // The list is read again after each change: wait for it rather than race it.
    const nora = page.getByRole('row', { name: /^nora/ });
    await nora.getByText('back-office, front-office').waitFor();
    expect(await nora.getByRole('cell').allTextContents()).toEqual([
      'Supervisor',
      'back-office, front-office',
      'Active',
    ]);

    await side.getByLabel('New token').fill('crm sync');
    await side.getByRole('button', { name: 'Create token' }).click();
    const secret = side.locator('.token-secret__value');
    await secret.waitFor();
    const token = (await secret.textContent())!;
    expect(await whoHolds(token)).toBe('nora');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'users-en');
    // Shown once: choosing the user again lists the token by name, never its secret.
    await page.getByRole('link', { name: 'eva' }).click();
    await page.getByRole('link', { name: 'nora' }).click();
    await side.getByText('crm sync', { exact: true }).waitFor();
    expect(await page.content()).not.toContain(token);

    await side.getByRole('button', { name: 'Disable' }).click();
    await side.getByText('nora can no longer sign in').waitFor();
    expect(await whoHolds(token)).toBe(401);
    await nora.getByText('Disabled').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
