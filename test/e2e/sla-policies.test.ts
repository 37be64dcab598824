import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, seriousAccessibilityProblems } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';
import { usePromesa } from './support/use-promesa.ts';

const promesa = usePromesa(async ({ running: { engine } }) => {
  const xml = await readFile(new URL('../../processes/customer-request.bpmn', import.meta.url));
  await engine.deploy({ name: 'customer-request.bpmn', xml: xml.toString('utf8') });
});

describe('SLA policies, for supervisors', () => {
  it('a supervisor gives "phone, immediate" 5 minutes in Spanish, and the next phone request is promised them', async () => {
    const { page, context, errors } = await openPage(promesa.browser, promesa.server.url, {
      locale: 'es-ES',
    });
    await page.goto('/sla-policies');
    await signIn(page, 'sara');
    await page.getByRole('heading', { level: 1, name: 'Políticas de SLA' }).waitFor();
    const row = page.getByRole('row', { name: /^Phone, immediate/ });
    const amount = row.getByLabel('Promesa de Phone, immediate');
    expect(await amount.inputValue()).toBe('3');
    expect(await row.getByLabel('Unidad').inputValue()).toBe('minutes');
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      'phone',
      'Primera respuesta',
      expect.stringContaining('Guardar'),
      'Tiempo natural',
      'Por defecto',
    ]);

    await amount.fill('5');
    await row.getByRole('button', { name: 'Guardar' }).click();
    await page.getByRole('status').getByText('Phone, immediate guardada').waitFor();
    await row.getByText(/^sara, /).waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'sla-policies-es');

    const { engine } = promesa.server.running;
    expect(await engine.getSlaPolicy('phone-immediate')).toMatchObject({
      target: 'PT5M',
      updatedBy: 'sara',
    });
    const { id } = await engine.start('customer-request', { businessKey: 'C-31' });
    const [classify] = await engine.listTasks({ instanceId: id });
    await engine.completeTask(classify!.id, { variables: { solvableNow: true, channel: 'phone' } });
    const [promise] = await engine.listSlas({ instanceId: id });
    expect(promise).toMatchObject({ policy: 'phone-immediate' });
    expect(promise!.targetAt - promise!.startedAt).toBe(5 * 60_000);
    expect(errors).toEqual([]);
    await context.close();
  });
});
