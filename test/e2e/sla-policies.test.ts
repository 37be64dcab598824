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
  it('a supervisor gives "Teléfono, inmediata" 5 minutes in Spanish, and the next phone request is promised them', async () => {
    const { page, context, errors } = await openPage(promesa.browser, promesa.server.url, {
      locale: 'es-ES',
    });
    await page.goto('/sla-policies');
    await signIn(page, 'sara');
    await page.getByRole('heading', { level: 1, name: 'Políticas de SLA' }).waitFor();
    // The shipped policies are named in Spanish.
    const row = page.getByRole('row', { name: /^Teléfono, inmediata/ });
    const amount = row.getByLabel('Promesa de Teléfono, inmediata');
    expect(await amount.inputValue()).toBe('3');
    expect(await row.getByLabel('Unidad').inputValue()).toBe('minutes');
    // The touchpoint by its Spanish name, not its id (phone).
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      'Teléfono',
      'Primera respuesta',
      expect.stringContaining('Guardar'),
      'Tiempo natural',
      'Por defecto',
      'Eliminar',
    ]);

    // Amount, unit and Save on one line.
    const save = (await row.getByRole('button', { name: 'Guardar' }).boundingBox())!;
    const box = (await amount.boundingBox())!;
    expect(save.y).toBeLessThan(box.y + box.height);
    await amount.fill('5');
    await row.getByRole('button', { name: 'Guardar' }).click();
    await page.getByRole('status').getByText('Teléfono, inmediata guardada').waitFor();
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

  it("removes a touchpoint's own policy, whose requests then get the fallback, and explains in Spanish why the fallback stays", async () => {
    const { page, context, errors } = await openPage(promesa.browser, promesa.server.url, {
      locale: 'es-ES',
    });
    await page.goto('/sla-policies');
    await signIn(page, 'sara');
    await page.getByRole('heading', { level: 1, name: 'Políticas de SLA' }).waitFor();

    // customer-request asks for the first response's policy of the request's channel, so the
    // fallback for any touchpoint is what it would miss.
    const fallback = page.getByRole('row', { name: /^Cualquier punto de contacto, inmediata/ });
    await fallback
      .getByRole('button', { name: 'Eliminar Cualquier punto de contacto, inmediata' })
      .click();
    await fallback.getByText('¿Eliminar Cualquier punto de contacto, inmediata?').waitFor();
    await fallback.getByRole('button', { name: 'Eliminar', exact: true }).click();
    await fallback
      .getByRole('alert')
      .getByText('Hay procesos desplegados que aún leen esta política (Customer request)')
      .waitFor();
    await screenshot(page, 'sla-policies-remove-refused-es');

    const chat = page.getByRole('row', { name: /^Chat, inmediata/ });
    await chat.getByRole('button', { name: 'Eliminar Chat, inmediata' }).click();
    await chat.getByRole('button', { name: 'Conservarla' }).click();
    await chat.getByRole('button', { name: 'Eliminar Chat, inmediata' }).click();
    await chat.getByRole('button', { name: 'Eliminar', exact: true }).click();
    await page.getByRole('status').getByText('Chat, inmediata eliminada').waitFor();
    await expect.poll(() => chat.count()).toBe(0);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    const { engine } = promesa.server.running;
    expect((await engine.listSlaPolicies()).map((p) => p.id)).not.toContain('chat-immediate');
    expect((await engine.listSlaPolicies()).map((p) => p.id)).toContain('any-immediate');
    expect(errors.filter((e) => !e.includes('409'))).toEqual([]);
    await context.close();
  });
});
