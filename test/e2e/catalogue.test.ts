import { describe, expect, it } from 'vitest';
import { openPage, seriousAccessibilityProblems } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';
import { usePromesa } from './support/use-promesa.ts';

const promesa = usePromesa((server) =>
  server.running.engine.start('customer-request', { businessKey: 'C-1' }),
);

describe('the process catalogue', () => {
  for (const [locale, words] of [
    [
      'en-US',
      { user: 'ana', title: 'Processes', running: 'Running', server: 'from files on the server' },
    ],
    [
      'es-ES',
      {
        user: 'luz',
        title: 'Procesos',
        running: 'En curso',
        server: 'desde archivos del servidor',
      },
    ],
  ] as const) {
    it(`lists every deployed process and draws a version with its counts per element (${locale})`, async () => {
      const { page, context, errors } = await openPage(promesa.browser, promesa.server.url, {
        locale,
      });
      await page.goto('/processes');
      await signIn(page, words.user);
      await page.getByRole('heading', { level: 1, name: words.title }).waitFor();
      const row = page.getByRole('row').filter({ hasText: 'customer-request' });
      await expect.poll(() => row.getByRole('cell').nth(3).textContent()).toBe('1');
      // The shipped processes were deployed by the server at start, not by a person.
      expect(await row.getByRole('cell').nth(2).textContent()).toContain(words.server);
      expect(await page.getByRole('columnheader', { name: words.running }).count()).toBe(1);
      expect(await seriousAccessibilityProblems(page)).toEqual([]);

      await row.getByRole('link', { name: 'Customer request' }).click();
      await page.waitForURL('**/processes/customer-request');
      await page.locator('.djs-shape[data-element-id="classify-request"]').waitFor();
      // The instance started above waits at the first task: its badge says 1.
      const waiting = page.locator('.djs-overlay .count-badge--waiting');
      await expect.poll(() => waiting.first().textContent()).toBe('1');
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('says so when a version was deployed without its drawing', async () => {
    await promesa.server.running.engine.deploy({
      name: 'no-drawing.bpmn',
      xml: `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
  <process id="no-drawing" name="No drawing" isExecutable="true">
    <startEvent id="s" /><sequenceFlow id="f" sourceRef="s" targetRef="e" /><endEvent id="e" />
  </process>
</definitions>`,
    });
    const { page, context, errors } = await openPage(promesa.browser, promesa.server.url, {
      locale: 'es-ES',
    });
    await page.goto('/processes/no-drawing');
    await signIn(page, 'luz');
    await page.getByRole('heading', { name: 'Esta versión no tiene dibujo' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('tells staff plainly that the catalogue is not for their role', async () => {
    const { page, context } = await openPage(promesa.browser, promesa.server.url, {
      locale: 'en-US',
    });
    await page.goto('/processes');
    await signIn(page, 'eva');
    await page.getByRole('heading', { name: 'Not available for your role' }).waitFor();
    expect(
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents(),
    ).toEqual(['Tasks', 'Customers']);
    await context.close();
  });
});
