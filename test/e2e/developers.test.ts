import { describe, expect, it } from 'vitest';
import { openPage, screenshot, seriousAccessibilityProblems } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';
import { usePromesa } from './support/use-promesa.ts';

/** A credit check done by an external worker: its failure with no retries left is an incident. */
const creditCheck = (timer: string) => `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="credit" targetNamespace="t">
  <process id="credit-check" name="Credit check" isExecutable="true">
    <startEvent id="start" />
    <sequenceFlow id="f1" sourceRef="start" targetRef="check-credit" />
    <serviceTask id="check-credit" camunda:type="external" camunda:topic="credit" />
    <boundaryEvent id="too-slow" attachedToRef="check-credit">
      <timerEventDefinition><timeDuration>${timer}</timeDuration></timerEventDefinition>
    </boundaryEvent>
    <sequenceFlow id="f2" sourceRef="check-credit" targetRef="end" />
    <endEvent id="end" />
  </process>
</definitions>`;

const promesa = usePromesa();

describe("developers' pages", () => {
  it('list deployments, deploy a file (refused with its problems in Spanish, then accepted), and retry an incident', async () => {
    const { engine } = promesa.server.running;
    const { page, context, errors } = await openPage(promesa.browser, promesa.server.url, {
      locale: 'es-ES',
    });
    await page.goto('/deployments');
    await signIn(page, 'rafa');
    await page.getByRole('heading', { level: 1, name: 'Despliegues' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Principal' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Tareas',
      'Panel',
      'Políticas de SLA',
      'Clientes',
      'Procesos',
      'Modelador',
      'Despliegues',
      'Incidencias',
    ]);
    const shipped = page.getByRole('row').filter({ hasText: 'customer-request.bpmn' });
    expect(await shipped.textContent()).toContain('desde archivos del servidor');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    const chooser = page.locator('input[type=file]');
    await chooser.setInputFiles({
      name: 'credit-check.bpmn',
      mimeType: 'application/xml',
      buffer: Buffer.from(creditCheck('in a while')),
    });
    await page.getByText('credit-check.bpmn no se ha desplegado: 1 error').waitFor();
    await page.getByText('El temporizador no se puede programar').waitFor();

    await chooser.setInputFiles({
      name: 'credit-check.bpmn',
      mimeType: 'application/xml',
      buffer: Buffer.from(creditCheck('PT1H')),
    });
    await page.getByText('Desplegado Credit check, versión 1.').waitFor();
    const row = page.getByRole('row').filter({ hasText: 'credit-check.bpmn' });
    expect(await row.textContent()).toContain('por rafa');
    await screenshot(page, 'deployments-es');

    // The worker fails with no retries left: an incident, which the developer retries.
    const stuck = await engine.start('credit-check');
    const [locked] = await engine.fetchAndLock({
      workerId: 'w1',
      maxTasks: 1,
      topics: [{ topicName: 'credit', lockDuration: 60_000 }],
    });
    await engine.failExternalTask(locked!.id, {
      workerId: 'w1',
      errorMessage: 'bureau down',
      retries: 0,
      retryTimeout: 0,
    });
    await nav.getByRole('link', { name: 'Incidencias' }).click();
    const incident = page.getByRole('row').filter({ hasText: 'bureau down' });
    expect(await incident.textContent()).toContain('Tarea externa sin reintentos');
    await screenshot(page, 'incidents-es');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    // The instance's page lists it in the same table, by the element's drawn name.
    await page.goto(`/instances/${stuck.id}`);
    const onInstance = page.getByRole('row').filter({ hasText: 'bureau down' });
    expect(await onInstance.textContent()).toContain('Tarea externa sin reintentos');
    await onInstance.getByRole('button', { name: 'Reintentar' }).waitFor();
    await screenshot(page, 'instance-incident-es');
    await page.goBack();
    await incident.getByRole('button', { name: 'Reintentar' }).click();
    await page.getByText('No hay incidencias abiertas').waitFor();
    const again = await engine.fetchAndLock({
      workerId: 'w1',
      maxTasks: 1,
      topics: [{ topicName: 'credit', lockDuration: 60_000 }],
    });
    expect(again).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('are not offered to analysts, and say so when typed in', async () => {
    const { page, context } = await openPage(promesa.browser, promesa.server.url, {
      locale: 'en-US',
    });
    await page.goto('/incidents');
    await signIn(page, 'ana');
    await page.getByRole('heading', { name: 'Not available for your role' }).waitFor();
    expect(
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents(),
    ).toEqual(['Tasks', 'Dashboard', 'SLA policies', 'Customers', 'Processes', 'Modeler']);
    await context.close();
  });
});
