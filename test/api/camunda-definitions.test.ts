import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { read } from '../support/camunda-server.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/** Deployments, process definitions and process instances beyond start and list. */
describe('/engine-rest deployments, definition reads and instance administration', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    await t.deployFiles('test/processes/external-work.bpmn', 'test/processes/order-intake.bpmn');
  });
  afterEach(() => t.close());

  const deployForm = () => {
    const body = new FormData();
    body.append('deployment-name', 'callbacks');
    body.append(
      'callback.bpmn',
      new Blob([
        `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://promesa.dev/test">
  <bpmn:process id="callback" isExecutable="true">
    <bpmn:startEvent id="start">
      <bpmn:extensionElements>
        <camunda:formData>
          <camunda:formField id="phone" type="string" />
          <camunda:formField id="attempts" type="long" defaultValue="3" />
          <camunda:formField id="urgent" type="boolean" defaultValue="true" />
        </camunda:formData>
      </bpmn:extensionElements>
    </bpmn:startEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="call" />
    <bpmn:userTask id="call" camunda:candidateGroups="front-office" />
  </bpmn:process>
</bpmn:definitions>`,
      ]),
      'callback.bpmn',
    );
    body.append('notes.txt', new Blob(['Call before noon.']), 'notes.txt');
    return t.json('developer', 'POST', '/engine-rest/deployment/create', body);
  };

  it("lists, counts and reads a deployment's resources and their content", async () => {
    const deployment = await deployForm();
    expect(await t.json('analyst', 'GET', '/engine-rest/deployment/count?name=callbacks')).toEqual({
      count: 1,
    });
    expect(await t.json('analyst', 'GET', '/engine-rest/deployment/count')).toEqual({ count: 3 });
    const resources = await t.json(
      'analyst',
      'GET',
      `/engine-rest/deployment/${deployment.id}/resources`,
    );
    expect(resources.map((r: { name: string }) => r.name)).toEqual(['callback.bpmn', 'notes.txt']);
    const notes = resources[1];
    expect(
      await t.json(
        'analyst',
        'GET',
        `/engine-rest/deployment/${deployment.id}/resources/${notes.id}`,
      ),
    ).toEqual({ id: notes.id, name: 'notes.txt', deploymentId: deployment.id });
    const data = await t.call(
      'analyst',
      'GET',
      `/engine-rest/deployment/${deployment.id}/resources/${notes.id}/data`,
    );
    expect([data.status, await data.text()]).toEqual([200, 'Call before noon.']);
    expect(
      (await t.call('analyst', 'GET', `/engine-rest/deployment/${deployment.id}/resources/nope`))
        .status,
    ).toBe(404);
    expect(await t.json('front', 'GET', '/engine-rest/engine')).toEqual([{ name: 'default' }]);
  });

  it('deletes a deployment only with cascade while instances run, cancelling them', async () => {
    const deployment = await deployForm();
    const instance = await t.engine.start('callback');
    const refused = await t.call('developer', 'DELETE', `/engine-rest/deployment/${deployment.id}`);
    expect([refused.status, (await read(refused)).message]).toEqual([
      400,
      expect.stringContaining('without cascading'),
    ]);
    expect(
      (await t.call('developer', 'DELETE', `/engine-rest/deployment/${deployment.id}?cascade=true`))
        .status,
    ).toBe(204);
    expect((await t.engine.getInstance(instance.id)).status).toBe('cancelled');
    expect(
      (await t.call('analyst', 'GET', `/engine-rest/deployment/${deployment.id}`)).status,
    ).toBe(404);
    expect(
      (await t.call('analyst', 'GET', '/engine-rest/process-definition/key/callback')).status,
    ).toBe(404);
  });

  it("counts definitions, reads the XML by key and the start form's variables typed with their defaults", async () => {
    await deployForm();
    expect(
      await t.json(
        'analyst',
        'GET',
        '/engine-rest/process-definition/count?keysIn=callback,order-intake',
      ),
    ).toEqual({ count: 2 });
    const xml = await t.json('analyst', 'GET', '/engine-rest/process-definition/key/callback/xml');
    expect(xml.bpmn20Xml).toContain('<camunda:formField id="phone"');
    expect(
      await t.json('analyst', 'GET', '/engine-rest/process-definition/key/callback/form-variables'),
    ).toEqual({
      phone: { type: 'String', value: null, valueInfo: {} },
      attempts: { type: 'Long', value: 3, valueInfo: {} },
      urgent: { type: 'Boolean', value: true, valueInfo: {} },
    });
    expect(
      Object.keys(
        await t.json(
          'analyst',
          'GET',
          `/engine-rest/process-definition/${xml.id}/form-variables?variableNames=urgent`,
        ),
      ),
    ).toEqual(['urgent']);
  });

  it('answers statistics of running instances, failed jobs and incidents per version and per activity', async () => {
    const failing = await t.engine.start('external-work');
    await t.engine.start('external-work');
    await t.engine.start('order-intake');
    const [task] = await t.engine.fetchAndLock({
      workerId: 'w',
      maxTasks: 1,
      topics: [{ topicName: 'credit-check', lockDuration: 1000 }],
    });
    await t.engine.failExternalTask(task!.id, {
      workerId: 'w',
      errorMessage: 'bureau down',
      retries: 0,
      retryTimeout: 0,
    });
    const all = await t.json(
      'analyst',
      'GET',
      '/engine-rest/process-definition/statistics?incidents=true',
    );
    const external = all.find(
      (s: { definition: { key: string } }) => s.definition.key === 'external-work',
    );
    expect(external).toMatchObject({
      id: failing.definitionId,
      instances: 2,
      failedJobs: 0,
      incidents: [{ incidentType: 'failedExternalTask', incidentCount: 1 }],
    });
    expect(
      await t.json(
        'analyst',
        'GET',
        `/engine-rest/process-definition/${failing.definitionId}/statistics?incidentsForType=failedJob`,
      ),
    ).toEqual([{ id: 'check-credit', instances: 2, failedJobs: 0, incidents: [] }]);
    expect(
      await t.json(
        'analyst',
        'GET',
        '/engine-rest/process-definition/key/external-work/statistics?incidents=true',
      ),
    ).toEqual([
      {
        id: 'check-credit',
        instances: 2,
        failedJobs: 0,
        incidents: [{ incidentType: 'failedExternalTask', incidentCount: 1 }],
      },
    ]);
    expect(
      (
        await t.call(
          'analyst',
          'GET',
          '/engine-rest/process-definition/statistics?incidents=true&incidentsForType=x',
        )
      ).status,
    ).toBe(400);
  });

  it("changes a version's history time to live, which the next history clean-up follows", async () => {
    const [v1] = await t.engine.listDefinitions({ processId: 'order-intake' });
    const ttl = (
      path: string,
      historyTimeToLive: unknown,
      caller: 'developer' | 'front' = 'developer',
    ) =>
      t.call(caller, 'PUT', `/engine-rest/process-definition/${path}/history-time-to-live`, {
        historyTimeToLive,
      });
    const shown = async () =>
      (await t.json('analyst', 'GET', `/engine-rest/process-definition/${v1!.id}`))
        .historyTimeToLive;

    // An instance that ended two days ago is kept: the version keeps history forever.
    const ended = await t.engine.start('order-intake');
    const [task] = await t.engine.listTasks({ instanceId: ended.id });
    await t.engine.completeTask(task!.id, {});
    t.clock.advance('P2D');
    await t.engine.cleanUpHistory();
    expect((await t.engine.getInstance(ended.id)).status).toBe('completed');

    expect((await ttl(v1!.id, 1)).status).toBe(204);
    expect(await shown()).toBe(1);
    await t.engine.cleanUpHistory();
    expect(
      (await t.call('analyst', 'GET', `/engine-rest/history/process-instance/${ended.id}`)).status,
    ).toBe(404);

    // By key: the latest version; null gives it back to the engine's default.
    expect((await ttl('key/order-intake', null)).status).toBe(204);
    expect(await shown()).toBeNull();
    const refused = await ttl(v1!.id, -1);
    expect(refused.status).toBe(400);
    expect((await read(refused)).type).toBe('InvalidRequestException');
    expect((await ttl('no-such-version', 5)).status).toBe(404);
    expect((await ttl('key/no-such-process', 5)).status).toBe(404);
    expect((await ttl(v1!.id, 5, 'front')).status).toBe(403);
    expect(await shown()).toBeNull();
  });

  it('deletes a version, or every version of a key, refusing running instances without cascade', async () => {
    const first = await t.engine.start('order-intake');
    const refused = await t.call(
      'developer',
      'DELETE',
      '/engine-rest/process-definition/key/order-intake',
    );
    expect(refused.status).toBe(400);
    expect(
      (
        await t.call(
          'developer',
          'DELETE',
          `/engine-rest/process-definition/${first.definitionId}?cascade=true`,
        )
      ).status,
    ).toBe(204);
    expect((await t.engine.getInstance(first.id)).status).toBe('cancelled');
    await t.engine.start('external-work');
    expect(
      (
        await t.call(
          'developer',
          'DELETE',
          '/engine-rest/process-definition/key/external-work?cascade=true',
        )
      ).status,
    ).toBe(204);
    expect(await t.json('analyst', 'GET', '/engine-rest/process-definition/count')).toEqual({
      count: 0,
    });
  });

  it('deletes an instance, shows its activity tree with incidents, and reads and writes its variables', async () => {
    const instance = await t.engine.start('external-work', { variables: { amount: 10 } });
    const tree = await t.json(
      'analyst',
      'GET',
      `/engine-rest/process-instance/${instance.id}/activity-instances`,
    );
    expect(tree).toMatchObject({
      id: instance.id,
      activityId: 'external-work',
      activityType: 'processDefinition',
      childActivityInstances: [
        { activityId: 'check-credit', activityType: 'serviceTask', incidentIds: [] },
      ],
    });
    const base = `/engine-rest/process-instance/${instance.id}/variables`;
    expect(
      (await t.call('developer', 'PUT', `${base}/channel`, { value: 'phone', type: 'String' }))
        .status,
    ).toBe(204);
    expect(await t.json('analyst', 'GET', `${base}/channel`)).toEqual({
      type: 'String',
      value: 'phone',
      valueInfo: {},
    });
    await t.json(
      'developer',
      'POST',
      base,
      { modifications: { amount: { value: 12, type: 'Integer' } }, deletions: ['channel'] },
      204,
    );
    expect(await t.json('analyst', 'GET', base)).toEqual({
      amount: { type: 'Integer', value: 12, valueInfo: {} },
    });
    expect((await t.call('developer', 'DELETE', `${base}/amount`)).status).toBe(204);
    expect((await t.engine.getInstance(instance.id)).variables).toEqual({});
    expect(
      (await t.call('analyst', 'PUT', `${base}/x`, { value: 1, type: 'Integer' })).status,
    ).toBe(403);

    expect(
      (await t.call('developer', 'DELETE', `/engine-rest/process-instance/${instance.id}`)).status,
    ).toBe(204);
    expect((await t.engine.getInstance(instance.id)).status).toBe('cancelled');
    expect(
      (await t.call('developer', 'DELETE', `/engine-rest/process-instance/${instance.id}`)).status,
    ).toBe(404);
    expect(
      (
        await t.call(
          'developer',
          'DELETE',
          `/engine-rest/process-instance/${instance.id}?failIfNotExists=false`,
        )
      ).status,
    ).toBe(204);
  });
});
