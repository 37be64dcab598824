import { describe, expect, it } from 'vitest';
import { openPage, screenshot } from './support/browser.ts';
import { withModeler } from './support/modeler.ts';
import { signIn } from './support/sign-in.ts';
import { usePromesa } from './support/use-promesa.ts';

const promesa = usePromesa();

describe('the modeler', () => {
  it('draws a back-office task with a timer, is blocked by the bad timer on its element, then deploys and starts an instance that waits there', async () => {
    const { page, context, errors } = await openPage(promesa.browser, promesa.server.url, {
      locale: 'en-US',
    });
    await page.goto('/modeler');
    await signIn(page, 'dev');
    await page.locator('.djs-shape[data-element-id="answer-customer"]').waitFor();

    // A task from the palette, dropped into the "Back office" lane with real mouse moves.
    const lane = await page.locator('.djs-shape[data-element-id="back-office-lane"]').boundingBox();
    await page.locator('.djs-palette [data-action="create.task"]').click();
    await page.mouse.move(lane!.x + lane!.width / 2, lane!.y + lane!.height / 2, { steps: 5 });
    await page.mouse.down();
    await page.mouse.up();
    const taskId = await withModeler<string>(
      page,
      `const lane = get('elementRegistry').get('back-office-lane');
       const task = get('elementRegistry').filter((e) => e.type === 'bpmn:Task')[0];
       if (!lane.businessObject.flowNodeRef.includes(task.businessObject)) throw new Error('not in the lane');
       const user = get('bpmnReplace').replaceElement(task, { type: 'bpmn:UserTask' });
       get('modeling').updateProperties(user, { id: 'check-request', name: 'Check the request',
         'camunda:candidateGroups': 'back-office', 'camunda:dueDate': 'PT1H' });
       const answer = get('elementRegistry').get('answer-customer');
       const end = get('elementRegistry').get('request-answered');
       get('modeling').removeConnection(get('elementRegistry').get('to-answered'));
       get('modeling').connect(answer, user);
       get('modeling').connect(user, end);
       const timer = get('modeling').createShape(
         get('elementFactory').createShape({ type: 'bpmn:BoundaryEvent', eventDefinitionType: 'bpmn:TimerEventDefinition' }),
         { x: user.x + user.width, y: user.y + user.height }, user, { attach: true });
       get('modeling').updateProperties(timer, { id: 'check-late' });
       get('modeling').updateModdleProperties(timer, timer.businessObject.eventDefinitions[0], {
         timeDuration: get('bpmnFactory').create('bpmn:FormalExpression', { body: 'in three minutes' }) });
       const escalate = get('modeling').appendShape(timer, { type: 'bpmn:EndEvent' }, { x: timer.x + 120, y: timer.y + 80 });
       get('modeling').updateProperties(escalate, { name: 'Late' });
       return user.id;`,
    );
    expect(taskId).toBe('check-request');

    // Lint while drawing: the timer that does not parse carries its problem on the canvas.
    await page.locator('.djs-overlay-linting').first().waitFor();
    await page.getByRole('button', { name: 'Deploy' }).click();
    await page.getByRole('alert').filter({ hasText: 'blocked' }).waitFor();
    await page
      .locator('.djs-overlays[data-container-id="check-late"] .server-problem--error')
      .waitFor();
    await screenshot(page, 'modeler-lint-en');

    await withModeler(
      page,
      `const timer = get('elementRegistry').get('check-late');
       get('modeling').updateModdleProperties(timer, timer.businessObject.eventDefinitions[0], {
         timeDuration: get('bpmnFactory').create('bpmn:FormalExpression', { body: 'PT3M' }) });`,
    );
    await page.getByRole('button', { name: 'Deploy' }).click();
    await page.getByText('Deployed New customer request version 1.').waitFor();

    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByText(/waits at answer-customer/).waitFor();
    await screenshot(page, 'modeler-deployed-en');
    const [instance] = await promesa.server.running.engine.listInstances({
      processId: 'customer-request-draft',
    });
    expect(instance?.status).toBe('active');

    // The new version is in the catalogue.
    await page.getByRole('link', { name: 'Processes' }).click();
    await page.getByRole('link', { name: 'New customer request' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
