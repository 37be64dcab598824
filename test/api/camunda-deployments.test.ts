import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awaitPayment, twoDesks } from '../support/camunda-diagrams.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('/engine-rest deployments of several files', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  /** `POST /deployment/create` as Camunda Modeler and scripts send it. */
  async function deploy(files: Record<string, string>, fields: Record<string, string> = {}) {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    for (const [name, content] of Object.entries(files))
      form.append(name, new Blob([content], { type: 'text/xml' }), name);
    return t.json('developer', 'POST', '/engine-rest/deployment/create', form);
  }
  const bundle = {
    'two-desks.bpmn': twoDesks,
    'await-payment.bpmn': awaitPayment,
    'answer-form.json': '{"components":[]}',
  };
  const versions = async (key: string) =>
    (await t.json('analyst', 'GET', `/engine-rest/process-definition?key=${key}`)).map((d: any) => [
      d.version,
      d.deploymentId,
    ]);

  it('makes one deployment named by deployment-name holding every resource', async () => {
    const deployed = await deploy(bundle, {
      'deployment-name': 'support-desk',
      'deployment-source': 'Camunda Modeler',
    });
    expect(deployed).toMatchObject({ name: 'support-desk', source: 'Camunda Modeler' });
    const definitions = Object.values(deployed.deployedProcessDefinitions) as any[];
    expect(definitions.map((d) => [d.key, d.resource, d.deploymentId])).toEqual([
      ['two-desks', 'two-desks.bpmn', deployed.id],
      ['await-payment', 'await-payment.bpmn', deployed.id],
    ]);
    expect(await t.json('analyst', 'GET', '/engine-rest/deployment?name=support-desk')).toEqual([
      expect.objectContaining({ id: deployed.id, source: 'Camunda Modeler' }),
    ]);
    const stored = await t.store.getDeployment(deployed.id);
    expect(stored?.resources.map((r) => r.name)).toEqual(Object.keys(bundle));
  });

  it('filters duplicates against the latest deployment of the same name, and deploys only changed resources with deploy-changed-only (ProcessApplicationDeploymentTest#testPartialChangesDeployChangedOnly)', async () => {
    const named = { 'deployment-name': 'support-desk' };
    const first = await deploy(bundle, named);
    const again = await deploy(bundle, { ...named, 'enable-duplicate-filtering': 'true' });
    expect(again).toMatchObject({ id: first.id, deployedProcessDefinitions: null });
    // Another name holding the same files is no duplicate of it.
    const other = await deploy(bundle, {
      'deployment-name': 'back-office',
      'enable-duplicate-filtering': 'true',
    });
    expect(other.id).not.toBe(first.id);
    expect(await versions('two-desks')).toEqual([
      [1, first.id],
      [2, other.id],
    ]);

    const changed = {
      ...bundle,
      'await-payment.bpmn': awaitPayment.replace(
        '<bpmn:endEvent id="paid" />',
        '<bpmn:endEvent id="paid" name="Paid" />',
      ),
    };
    const partial = await deploy(changed, { ...named, 'deploy-changed-only': 'true' });
    expect(Object.values(partial.deployedProcessDefinitions).map((d: any) => d.key)).toEqual([
      'await-payment',
    ]);
    expect((await t.store.getDeployment(partial.id))?.resources.map((r) => r.name)).toEqual([
      'await-payment.bpmn',
    ]);
    expect(await versions('two-desks')).toHaveLength(2);
    const unchanged = await deploy(changed, { ...named, 'deploy-changed-only': 'true' });
    expect(unchanged).toMatchObject({ id: partial.id, deployedProcessDefinitions: null });
  });

  it('deploys a new version of every process without filtering, as Camunda does', async () => {
    const first = await deploy(bundle, { 'deployment-name': 'support-desk' });
    const second = await deploy(bundle, { 'deployment-name': 'support-desk' });
    expect(await versions('two-desks')).toEqual([
      [1, first.id],
      [2, second.id],
    ]);
  });
});
