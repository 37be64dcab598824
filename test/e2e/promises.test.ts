import { describe, expect, it } from 'vitest';
import { openPage, screenshot, seriousAccessibilityProblems } from './support/browser.ts';
import { deployCallbackRequest, keepOnePromiseBreakOne } from './support/callback-request.ts';
import { signIn } from './support/sign-in.ts';
import { usePromesa } from './support/use-promesa.ts';

/** Customer C-7 asked for a callback: the call back kept its promise, the summary broke its own. */
const promesa = usePromesa(async ({ running: { engine } }) => {
  await deployCallbackRequest(engine);
  await keepOnePromiseBreakOne(engine, 'C-7', 'eva');
});

describe('where a company sees whether it keeps its promises', () => {
  it("tells a customer's whole story in order, newest first", async () => {
    const { page, context, errors } = await openPage(promesa.browser, promesa.server.url, {
      locale: 'en-US',
    });
    await page.goto('/customers');
    await signIn(page, 'eva');
    await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
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
});
