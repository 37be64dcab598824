import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { read, startCamundaServer, type CamundaServer } from '../support/camunda-server.ts';
import {
  invoiceDiagram,
  MODELER_PARSE_ERROR_PREFIX,
  modeler,
  modelerErrorCode,
} from '../support/camunda-modeler.ts';

describe('Camunda Modeler deploying to /engine-rest', () => {
  let server: CamundaServer;
  beforeEach(async () => {
    server = await startCamundaServer();
  });
  afterEach(() => server.stop());

  const dialog = (contents = invoiceDiagram()) => ({
    name: 'Invoice approval',
    diagram: { name: 'invoice-approval.bpmn', contents },
    attachments: [{ name: 'approve-invoice.form', contents: '{"type":"default","components":[]}' }],
  });

  it("deploys with the Modeler's exact request, starts by definition id, and the instance completes through /engine-rest alone", async () => {
    // The endpoint pasted with /deployment/create on the end, as the Modeler allows.
    const api = modeler({
      url: `${server.restUrl}/deployment/create`,
      authorization: server.basicAuth,
    });
    expect((await api.checkConnection()).status).toBe(200);
    expect(await read(api.getVersion())).toEqual({ version: '7.24.0' });

    const deployed = await api.deployDiagram(dialog());
    expect(deployed.status).toBe(200);
    const deployment = await read(deployed);
    expect(deployment).toMatchObject({
      name: 'Invoice approval',
      source: 'Camunda Modeler',
      links: [{ rel: 'self', method: 'GET' }],
    });
    const [definition] = Object.values(deployment.deployedProcessDefinitions) as any[];
    expect(definition).toMatchObject({
      key: 'invoice-approval',
      version: 1,
      name: 'Invoice approval',
      resource: 'invoice-approval.bpmn',
      deploymentId: deployment.id,
    });
    expect(Object.keys(deployment.deployedProcessDefinitions)).toEqual([definition.id]);

    const started = await api.startInstance(definition.id, {
      businessKey: 'invoice-7',
      variables: { amount: { value: 1200, type: 'Integer' } },
    });
    expect(started.status).toBe(200);
    const instance = await read(started);
    expect(instance).toMatchObject({
      definitionId: definition.id,
      businessKey: 'invoice-7',
      ended: false,
      suspended: false,
    });
    expect(instance.links[0].href).toBe(`${server.restUrl}/process-instance/${instance.id}`);

    const tasks = await read(server.rest('GET', `/task?processInstanceId=${instance.id}`));
    expect(tasks).toMatchObject([
      {
        taskDefinitionKey: 'approve-invoice',
        name: 'Approve the invoice',
        assignee: null,
        processDefinitionId: definition.id,
      },
    ]);
    const links = await read(server.rest('GET', `/task/${tasks[0].id}/identity-links`));
    expect(links).toEqual([{ userId: null, groupId: 'front-office', type: 'candidate' }]);
    expect(
      (await server.rest('POST', `/task/${tasks[0].id}/claim`, { userId: 'camunda-client' }))
        .status,
    ).toBe(204);
    const completed = await server.rest('POST', `/task/${tasks[0].id}/complete`, {
      variables: { approved: { value: true, type: 'Boolean' } },
      withVariablesInReturn: true,
    });
    expect(await read(completed)).toEqual({
      amount: { type: 'Integer', value: 1200, valueInfo: {} },
      approved: { type: 'Boolean', value: true, valueInfo: {} },
    });

    // Camunda's runtime forgets an ended instance; its history keeps it.
    const gone = await server.rest('GET', `/process-instance/${instance.id}`);
    expect(gone.status).toBe(404);
    expect(await read(gone)).toMatchObject({ type: 'InvalidRequestException' });
    expect(
      await read(server.rest('GET', `/history/process-instance/${instance.id}`)),
    ).toMatchObject({ state: 'COMPLETED', businessKey: 'invoice-7' });
    const activities = await read(
      server.rest(
        'GET',
        `/history/activity-instance?processInstanceId=${instance.id}&sortBy=occurrence&sortOrder=asc`,
      ),
    );
    expect(activities.map((a: any) => [a.activityId, a.activityType, a.endTime !== null])).toEqual([
      ['invoice-received', 'startEvent', true],
      ['approve-invoice', 'userTask', true],
      ['approved-or-not', 'exclusiveGateway', true],
      ['invoice-approved', 'endEvent', true],
    ]);
    expect(activities[1]).toMatchObject({ taskId: tasks[0].id, assignee: 'camunda-client' });
  });

  it('answers a redeploy of the same diagram with the existing deployment and no new definitions, and a change with version 2', async () => {
    const api = modeler({ url: server.restUrl, authorization: server.basicAuth });
    const first = await read(api.deployDiagram(dialog()));
    const again = await read(api.deployDiagram(dialog()));
    expect(again).toMatchObject({ id: first.id, deployedProcessDefinitions: null });
    const changed = await read(
      api.deployDiagram(dialog(invoiceDiagram('Check and approve the invoice'))),
    );
    expect(Object.values(changed.deployedProcessDefinitions)).toMatchObject([
      { key: 'invoice-approval', version: 2 },
    ]);
    expect(
      await read(server.rest('GET', '/process-definition?key=invoice-approval&latestVersion=true')),
    ).toMatchObject([{ version: 2 }]);
  });

  it('answers a diagram that cannot be parsed with the ParseException the Modeler shows as a diagram error', async () => {
    const api = modeler({ url: server.restUrl, authorization: server.basicAuth });
    const malformed = await api.deployDiagram({
      name: 'broken',
      diagram: { name: 'broken.bpmn', contents: invoiceDiagram().replace('</bpmn:process>', '') },
    });
    const malformedBody = await read(malformed);
    expect(malformed.status).toBe(400);
    expect(malformedBody).toMatchObject({ type: 'ParseException', code: 0 });
    expect(malformedBody.message.startsWith(MODELER_PARSE_ERROR_PREFIX)).toBe(true);
    expect(modelerErrorCode(malformed.status, malformedBody)).toBe('DIAGRAM_PARSE_ERROR');
    expect(malformedBody.details['broken.bpmn'].errors[0].line).toBeGreaterThan(0);

    const dangling = await api.deployDiagram({
      name: 'dangling',
      diagram: {
        name: 'dangling.bpmn',
        contents: invoiceDiagram().replace('targetRef="invoice-approved"', 'targetRef="nowhere"'),
      },
    });
    const danglingBody = await read(dangling);
    expect(modelerErrorCode(dangling.status, danglingBody)).toBe('DIAGRAM_PARSE_ERROR');
    expect(danglingBody.message).toContain('| resource dangling.bpmn');
    expect(danglingBody.details['dangling.bpmn'].errors.map((e: any) => e.mainElementId)).toContain(
      'yes',
    );
    expect(await read(server.rest('GET', '/deployment'))).toEqual([]);
  });

  it('tells the Modeler when credentials are wrong or the user may not deploy', async () => {
    const wrong = modeler({
      url: server.restUrl,
      authorization: `Basic ${Buffer.from('camunda-client:nope').toString('base64')}`,
    });
    const unauthorized = await wrong.deployDiagram(dialog());
    expect(modelerErrorCode(unauthorized.status, await read(unauthorized))).toBe('UNAUTHORIZED');
    const analyst = modeler({
      url: server.restUrl,
      authorization: `Bearer ${server.tokens.analyst}`,
    });
    const forbidden = await analyst.deployDiagram(dialog());
    expect(forbidden.status).toBe(403);
    expect(await read(forbidden)).toMatchObject({
      type: 'AuthorizationException',
      userId: 'analyst',
    });
    expect((await analyst.checkConnection()).status).toBe(200);
  });
});
