import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const file = (name: string) => readFile(`test/processes/${name}`, 'utf8');
const planForm = '<form><input cam-variable-name="surveyor" type="text"></form>';

/** Start forms and deployed forms, as Camunda's Tasklist reads them. */
describe('/engine-rest start forms and deployed forms', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    await t.engine.deploy({
      name: 'site-survey',
      resources: [
        { name: 'site-survey.bpmn', content: await file('site-survey.bpmn') },
        { name: 'visit-report.form', content: await file('visit-report.form') },
        { name: 'plan-survey.html', content: planForm },
      ],
    });
    await t.engine.deploy({
      name: 'visit-report',
      resources: [
        { name: 'visit-report.bpmn', content: await file('visit-report.bpmn') },
        { name: 'visit-report.form', content: await file('visit-report.form') },
      ],
    });
  });
  afterEach(() => t.close());

  it("answers the start event's form key and the deployed file it names, with its media type", async () => {
    const key = 'camunda-forms:deployment:visit-report.form';
    const byKey = '/engine-rest/process-definition/key/site-survey';
    expect(await t.json('analyst', 'GET', `${byKey}/startForm`)).toEqual({
      key,
      contextPath: null,
    });
    const [definition] = await t.engine.listDefinitions({ processId: 'site-survey' });
    const byId = `/engine-rest/process-definition/${definition!.id}`;
    expect(await t.json('analyst', 'GET', `${byId}/startForm`)).toEqual({ key, contextPath: null });

    for (const path of [`${byKey}/deployed-start-form`, `${byId}/deployed-start-form`]) {
      const answer = await t.call('analyst', 'GET', path);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe('application/json');
      expect(await answer.text()).toBe(await file('visit-report.form'));
    }

    // A start event naming no form: no key, and no deployed form to read (Camunda's 400).
    expect(
      await t.json('analyst', 'GET', '/engine-rest/process-definition/key/visit-report/startForm'),
    ).toEqual({ key: null, contextPath: null });
    const none = await t.call(
      'analyst',
      'GET',
      '/engine-rest/process-definition/key/visit-report/deployed-start-form',
    );
    expect(none.status).toBe(400);
    expect(((await none.json()) as { message: string }).message).toContain(
      "'formKey' and 'camunda:formRef'",
    );

    // Unknown versions: a 400 by id (Camunda's form service), a 404 by key.
    expect(
      (await t.call('analyst', 'GET', '/engine-rest/process-definition/nope/startForm')).status,
    ).toBe(400);
    expect(
      (await t.call('analyst', 'GET', '/engine-rest/process-definition/nope/deployed-start-form'))
        .status,
    ).toBe(400);
    expect(
      (await t.call('analyst', 'GET', '/engine-rest/process-definition/key/nope/startForm')).status,
    ).toBe(404);
    // Reading forms of versions is an analyst's read.
    expect((await t.call('back', 'GET', `${byKey}/startForm`)).status).toBe(403);
  });

  it("answers a task's deployed form: a form-js form by reference, an embedded deployment file, and refuses other keys", async () => {
    await t.engine.start('visit-report');
    const [report] = await t.engine.listTasks({ processId: 'visit-report' });
    const json = await t.call('back', 'GET', `/engine-rest/task/${report!.id}/deployed-form`);
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(await json.text())).toMatchObject({ id: 'visit-report-form' });

    const survey = await t.engine.start('site-survey');
    const [plan] = await t.engine.listTasks({ instanceId: survey.id });
    const html = await t.call('back', 'GET', `/engine-rest/task/${plan!.id}/deployed-form`);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('application/xhtml+xml');
    expect(await html.text()).toBe(planForm);
    // Staff outside the task's group do not see it.
    expect(
      (await t.call('front', 'GET', `/engine-rest/task/${plan!.id}/deployed-form`)).status,
    ).toBe(404);

    await t.engine.completeTask(plan!.id);
    const [signOff] = await t.engine.listTasks({ instanceId: survey.id, state: 'open' });
    expect(signOff!.elementId).toBe('sign-off');
    const app = await t.call('back', 'GET', `/engine-rest/task/${signOff!.id}/deployed-form`);
    expect(app.status).toBe(400);
    expect(((await app.json()) as { message: string }).message).toBe(
      "The form key 'embedded:app:forms/sign-off.html' does not reference a deployed form.",
    );
  });

  it('answers 404 when the deployed file a task names is not in its deployment', async () => {
    const xml = (await file('site-survey.bpmn')).replace('plan-survey.html', 'plan-survey-2.html');
    await t.engine.deploy({ name: 'site-survey.bpmn', xml });
    const instance = await t.engine.start('site-survey');
    const [task] = await t.engine.listTasks({ instanceId: instance.id });
    const answer = await t.call('back', 'GET', `/engine-rest/task/${task!.id}/deployed-form`);
    expect(answer.status).toBe(404);
    expect(((await answer.json()) as { message: string }).message).toContain('plan-survey-2.html');
  });
});
