import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, seriousAccessibilityProblems } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';
import { usePromesa } from './support/use-promesa.ts';

/** Work for the catalogue's counts and the diagram's badges: three requests, one classified. */
const promesa = usePromesa(async ({ running: { engine } }) => {
  for (const key of ['C-1', 'C-2', 'C-3'])
    await engine.start('customer-request', { businessKey: key });
  const [first] = await engine.listTasks({ elementId: 'classify-request', limit: 1 });
  await engine.completeTask(first!.id, { variables: { solvableNow: false, channel: 'phone' } });
});

const shipped = readFileSync(
  new URL('../../processes/customer-request.bpmn', import.meta.url),
  'utf8',
);
/** The shipped customer request with a back-office timer nobody can schedule. */
const withBadTimer = shipped.replace(
  /(<bpmn:boundaryEvent id="back-office-sla-missed"[\s\S]*?<bpmn:time(?:Duration|Date|Cycle)\b[^>]*>)[^<]*/,
  '$1in a day',
);

/** Saves a diagram as a draft of the signed-in user, through the API the modeler uses. */
function saveDraft(page: Page, name: string, xml: string): Promise<string> {
  return page.evaluate(
    async (body) => {
      const reply = await fetch('/api/drafts', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return ((await reply.json()) as { id: string }).id;
    },
    { name, xml },
  );
}

const languages = [
  { locale: 'en-US', user: 'dev', title: 'Processes', blocked: 'blocked' },
  { locale: 'es-ES', user: 'rafa', title: 'Procesos', blocked: 'bloqueado' },
] as const;
const viewports = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

describe('each page as people see it, in both languages and at two screen sizes', () => {
  it('starts from a diagram with a timer nobody can schedule', () => {
    expect(withBadTimer).not.toBe(shipped);
    expect(withBadTimer).toMatch(/<bpmn:time(Duration|Date|Cycle)[^>]*>in a day</);
  });

  for (const language of languages)
    for (const viewport of viewports) {
      const size = `${viewport.width}x${viewport.height}`;
      const shot = (page: Page, name: string) =>
        screenshot(page, `${name}-${language.locale.slice(0, 2)}-${size}`);

      it(`writes sign-in, catalogue, a deployed diagram and the modeler with lint problems (${language.locale}, ${size})`, async () => {
        const { page, context, errors } = await openPage(promesa.browser, promesa.server.url, {
          locale: language.locale,
          viewport,
        });
        await page.goto('/processes');
        await page.locator('form input[name=username]').waitFor();
        await shot(page, 'sign-in');
        await signIn(page, language.user);

        await page.getByRole('heading', { level: 1, name: language.title }).waitFor();
        const row = page.getByRole('row').filter({ hasText: 'customer-request' });
        await expect.poll(() => row.getByRole('cell').nth(3).textContent()).toBe('3');
        await shot(page, 'catalogue');

        await row.getByRole('link').first().click();
        await page.locator('.djs-overlay .count-badge--waiting').first().waitFor();
        await shot(page, 'process');
        expect(await seriousAccessibilityProblems(page)).toEqual([]);

        const draft = await saveDraft(page, 'customer-request.bpmn', withBadTimer);
        await page.goto(`/modeler?draft=${draft}`);
        await page.locator('.djs-shape[data-element-id="resolve-request"]').waitFor();
        await page.locator('.bjsl-overlay').first().waitFor();
        await page.locator('.toolbar .button--primary').click();
        await page.getByRole('alert').filter({ hasText: language.blocked }).waitFor();
        await page.locator('.server-problem--error').first().waitFor();
        await shot(page, 'modeler-lint');
        expect(errors).toEqual([]);
        await context.close();
      });
    }
});
