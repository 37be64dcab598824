import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser.ts';
import {
  centreOf,
  connect,
  contextPad,
  createFromPalette,
  openPanelGroup,
  replaceWith,
  select,
  typeInPanel,
  withModeler,
} from './support/modeler.ts';
import { modeler } from '../support/camunda-modeler.ts';
import { PASSWORD } from './support/promesa-server.ts';
import { signIn } from './support/sign-in.ts';
import { usePromesa } from './support/use-promesa.ts';

const promesa = usePromesa();

/** A GET of the API with the page's session. */
function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => (await fetch(url)).json(), path) as Promise<T>;
}

/** The one element of a type that has no id of ours yet: the one just drawn. */
function newest(page: Page, type: string): Promise<string> {
  return withModeler(
    page,
    `return get('elementRegistry').filter((e) => e.type === ${JSON.stringify(type)} && !e.labelTarget).map((e) => e.id).find((id) => !/^(request-|answer-|check-)/.test(id));`,
  );
}

describe('the modeler', () => {
  it('draws a back-office task with a timer by hand, is blocked by the bad timer on its element, then deploys and starts an instance that waits there', async () => {
    const { page, context, errors } = await openPage(promesa.browser, promesa.server.url, {
      locale: 'en-US',
    });
    await page.goto('/modeler?new');
    await signIn(page, 'dev');
    await page.locator('.djs-shape[data-element-id="answer-customer"]').waitFor();

    // A task from the palette, dropped into the "Back office" lane between start and answer.
    const lane = await page.locator('.djs-shape[data-element-id="back-office-lane"]').boundingBox();
    const start = await centreOf(page, 'request-received');
    const answer = await centreOf(page, 'answer-customer');
    await createFromPalette(
      page,
      'create.task',
      { x: (start.x + answer.x) / 2, y: lane!.y + lane!.height / 2 },
      'Check the request',
    );
    const task = await newest(page, 'bpmn:Task');

    // A user task through the replace menu; id, candidate group and due date in the panel.
    await replaceWith(page, task, 'replace-with-user-task');
    await select(page, task);
    await openPanelGroup(page, 'General');
    await typeInPanel(page, 'id', 'check-request');
    await page.locator('.djs-shape[data-element-id="check-request"]').waitFor();
    await openPanelGroup(page, 'User assignment');
    await typeInPanel(page, 'candidateGroups', 'back-office');
    await openPanelGroup(page, 'Promesa');
    await typeInPanel(page, 'promesa-sla', 'PT1H');

    // The request reaches the back office first: rewire with the context pad.
    await select(page, 'to-answer');
    await contextPad(page, 'delete');
    await connect(page, 'request-received', 'check-request');
    await connect(page, 'check-request', 'answer-customer');

    // A timer on the task's lower edge from the palette, made a timer through the replace menu.
    const box = await page.locator('.djs-shape[data-element-id="check-request"]').boundingBox();
    await createFromPalette(page, 'create.intermediate-event', {
      x: box!.x + box!.width * 0.7,
      y: box!.y + box!.height,
    });
    const boundary = await newest(page, 'bpmn:BoundaryEvent');
    await replaceWith(page, boundary, 'replace-with-timer-boundary');
    await select(page, boundary);
    await openPanelGroup(page, 'General');
    await typeInPanel(page, 'id', 'check-late');
    await page.locator('.djs-shape[data-element-id="check-late"]').waitFor();
    await openPanelGroup(page, 'Timer');
    await page
      .locator('#bio-properties-panel-timerEventDefinitionType')
      .selectOption('timeDuration');
    await typeInPanel(page, 'timerEventDefinitionValue', 'in three minutes');
    await contextPad(page, 'append.end-event');

    // What the panel wrote is the Camunda 7 dialect the engine reads.
    const written = await withModeler<string>(page, 'return m.saveXML().then((r) => r.xml);');
    expect(written).toContain('camunda:candidateGroups="back-office"');
    expect(written).toContain('camunda:dueDate="PT1H"');
    expect(written).toMatch(/<bpmn:timeDuration[^>]*>in three minutes</);

    // Lint while drawing marks the timer; the server's dry run blocks the deploy on it.
    await page.locator('.djs-overlays[data-container-id="check-late"] .bjsl-overlay').waitFor();
    await page.getByRole('button', { name: 'Deploy' }).click();
    await page.getByRole('alert').filter({ hasText: 'blocked' }).waitFor();
    await page
      .locator('.djs-overlays[data-container-id="check-late"] .server-problem--error')
      .waitFor();

    // Fixed in the panel, it deploys, and an instance started here waits at the new task.
    await select(page, 'check-late');
    await openPanelGroup(page, 'Timer');
    await typeInPanel(page, 'timerEventDefinitionValue', 'PT3M');
    await page.getByRole('button', { name: 'Deploy' }).click();
    await page.getByText('Deployed New customer request version 1.').waitFor();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByText(/waits at check-request/).waitFor();

    const { items } = await apiGet<{ items: { id: string }[] }>(
      page,
      '/api/process-instances?processId=customer-request-draft',
    );
    expect(items).toHaveLength(1);
    const instance = await apiGet<{ status: string; activeElements: string[] }>(
      page,
      `/api/process-instances/${items[0]!.id}`,
    );
    expect(instance).toMatchObject({ status: 'active', activeElements: ['check-request'] });
    const tasks = await apiGet<{
      items: { elementId: string; candidateGroups: string[]; dueAt: string }[];
    }>(page, `/api/tasks?instanceId=${items[0]!.id}`);
    expect(tasks.items).toMatchObject([
      { elementId: 'check-request', candidateGroups: ['back-office'] },
    ]);
    // Due an hour after it started (PT1H from the panel), give or take the test's own minutes.
    const dueIn = Date.parse(tasks.items[0]!.dueAt) - Date.now();
    expect(dueIn).toBeGreaterThan(50 * 60_000);
    expect(dueIn).toBeLessThanOrEqual(60 * 60_000);

    // The new version is in the catalogue.
    await page.getByRole('link', { name: 'Processes' }).click();
    await page.getByRole('link', { name: 'New customer request' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('downloads a .bpmn that Camunda Modeler’s own deploy request runs, its camunda attributes intact', async () => {
    const { page, context, errors } = await openPage(promesa.browser, promesa.server.url, {
      locale: 'en-US',
    });
    await page.goto('/modeler?new');
    await signIn(page, 'dev');
    await page.locator('.djs-shape[data-element-id="answer-customer"]').waitFor();
    await select(page, 'answer-customer');
    await openPanelGroup(page, 'User assignment');
    await typeInPanel(page, 'candidateGroups', 'front-office,back-office');
    await typeInPanel(page, 'dueDate', 'PT2H');
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download .bpmn' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('customer-request.bpmn');
    const xml = readFileSync((await download.path())!, 'utf8');

    const authorization = `Basic ${Buffer.from(`dev:${PASSWORD}`).toString('base64')}`;
    const camunda = modeler({ url: `${promesa.server.url}/engine-rest`, authorization });
    const deployed = await camunda.deployDiagram({
      name: 'Customer request draft',
      diagram: { name: download.suggestedFilename(), contents: xml },
    });
    expect(deployed.status).toBe(200);
    const [definition] = Object.values(
      ((await deployed.json()) as { deployedProcessDefinitions: Record<string, { id: string }> })
        .deployedProcessDefinitions,
    );
    const rest = async <T>(path: string): Promise<T> =>
      (await fetch(`${promesa.server.url}/engine-rest${path}`, {
        headers: { authorization },
      }).then((r) => r.json())) as T;
    // The engine keeps the file as sent.
    expect(
      (await rest<{ bpmn20Xml: string }>(`/process-definition/${definition!.id}/xml`)).bpmn20Xml,
    ).toBe(xml);

    const started = await camunda.startInstance(definition!.id, { businessKey: 'C-42' });
    expect(started.status).toBe(200);
    const instance = (await started.json()) as { id: string };
    const [task] = await rest<{ id: string; taskDefinitionKey: string; due: string }[]>(
      `/task?processInstanceId=${instance.id}`,
    );
    expect(task!.taskDefinitionKey).toBe('answer-customer');
    const dueIn = Date.parse(task!.due) - Date.now();
    expect(dueIn).toBeGreaterThan(110 * 60_000);
    expect(dueIn).toBeLessThanOrEqual(120 * 60_000);
    const links = await rest<{ type: string; groupId: string | null }[]>(
      `/task/${task!.id}/identity-links`,
    );
    expect(
      links
        .filter((l) => l.type === 'candidate')
        .map((l) => l.groupId)
        .sort(),
    ).toEqual(['back-office', 'front-office']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('tells a Spanish developer, from the API’s code, which field of the start form the server refused', async () => {
    const { page, context, errors } = await openPage(promesa.browser, promesa.server.url, {
      locale: 'es-ES',
    });
    await page.goto('/modeler?new');
    await signIn(page, 'rafa');
    await page.locator('.djs-shape[data-element-id="answer-customer"]').waitFor();
    await page.getByRole('button', { name: 'Desplegar' }).click();
    await page.getByText(/^Desplegado Nueva petición de cliente, versión \d+\.$/).waitFor();

    // A business key longer than the API's 255 characters.
    await page.getByLabel('Clave de negocio').fill('C'.repeat(300));
    await page.getByRole('button', { name: 'Iniciar', exact: true }).click();
    await page
      .getByText(
        'Revisa el campo «Clave de negocio (el cliente, por ejemplo)»: el servidor no lo ha aceptado.',
      )
      .waitFor();
    await page.getByLabel('Clave de negocio').fill('C-7');
    await page.getByRole('button', { name: 'Iniciar', exact: true }).click();
    await page.getByText(/espera en answer-customer/).waitFor();
    // The 400 the browser logs is the refused start, which the page explained.
    expect(errors.filter((e) => !e.includes('400'))).toEqual([]);
    await context.close();
  });
});
