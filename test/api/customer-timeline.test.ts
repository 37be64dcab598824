import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type Caller, type TestApp } from '../support/test-app.ts';

/** One event of the timeline, as the API answers it. */
type Event = {
  seq: number;
  at: string;
  kind: string;
  element: { name: string | null; lane: string | null } | null;
  [key: string]: unknown;
};

describe('the customer timeline', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    await t.deployFiles(
      'processes/customer-request.bpmn',
      'test/processes/complaint-with-reply.bpmn',
    );
  });
  afterEach(() => t.close());

  const timeline = async (caller: Caller, businessKey: string, query = ''): Promise<Event[]> =>
    (await t.json(caller, 'GET', `/api/history/customers/${businessKey}?limit=500${query}`)).items
      .slice()
      .reverse();
  const openTask = async (instanceId: string) =>
    (await t.engine.listTasks({ instanceId, state: 'open' }))[0]!;

  /** An immediate request the front office does not answer in 3 minutes; the back office resolves it. */
  async function brokenPromise() {
    const instance = await t.json(
      'front',
      'POST',
      '/api/process-definitions/customer-request/start',
      { businessKey: 'customer-1' },
      201,
    );
    t.clock.advance('PT1M');
    await t.json(
      'front',
      'POST',
      `/api/tasks/${(await openTask(instance.id)).id}/complete`,
      { variables: { solvableNow: true, channel: 'phone' } },
      204,
    );
    t.clock.advance('PT3M');
    await t.engine.runDueJobs();
    await t.json(
      'back',
      'POST',
      `/api/tasks/${(await openTask(instance.id)).id}/complete`,
      {},
      204,
    );
    await t.json(
      'back',
      'POST',
      `/api/tasks/${(await openTask(instance.id)).id}/complete`,
      {},
      204,
    );
    return instance;
  }

  it('tells a broken promise in names: opened, classified, breached, escalated to the back office, resolved', async () => {
    const t0 = t.clock.now();
    const at = (minutes: number) => new Date(t0 + minutes * 60_000).toISOString();
    await brokenPromise();
    const events = await timeline('analyst', 'customer-1');
    expect(events.map((e) => [e.kind, e.element?.name ?? null, e.at])).toEqual([
      ['request.opened', null, at(0)],
      ['task.created', 'Classify the request', at(0)],
      ['task.completed', 'Classify the request', at(1)],
      ['task.created', 'Answer the customer', at(1)],
      ['promise.breached', 'Answer the customer', at(4)],
      ['promise.escalated', 'Not answered in 3 minutes', at(4)],
      ['task.created', 'Resolve the request', at(4)],
      ['task.completed', 'Resolve the request', at(4)],
      ['promise.met', 'Resolve the request', at(4)],
      ['task.created', 'Inform the customer', at(4)],
      ['task.completed', 'Inform the customer', at(4)],
      ['request.resolved', null, at(4)],
    ]);
    const find = (kind: string, name?: string) =>
      events.find((e) => e.kind === kind && (!name || e.element?.name === name))!;
    expect(find('request.opened')).toMatchObject({
      processId: 'customer-request',
      processName: 'Customer request',
      userId: 'front',
    });
    expect(find('task.completed', 'Classify the request')).toMatchObject({
      userId: 'front',
      outcome: [
        { name: 'solvableNow', label: 'Can it be solved during the call?', value: true },
        { name: 'channel', label: 'Channel', value: 'phone' },
      ],
    });
    expect(find('promise.breached')).toMatchObject({
      element: { elementId: 'answer-customer', lane: 'Front office' },
      // 3 minutes from the request's registration, not from its classification.
      dueAt: at(3),
    });
    expect(find('promise.escalated')).toMatchObject({
      escalatedTo: {
        elementId: 'resolve-request',
        name: 'Resolve the request',
        lane: 'Back office',
      },
    });
    expect(find('task.completed', 'Resolve the request').userId).toBe('back');
    expect(find('request.resolved').reason).toBe('Request resolved');
    // Engine detail stays out unless asked for.
    expect(events.some((e) => e.kind === 'engine')).toBe(false);
  });

  it('shows a message the customer sent, and the promise standing still while waiting on them', async () => {
    const instance = await t.json(
      'developer',
      'POST',
      '/api/process-definitions/complaint-with-reply/start',
      { businessKey: 'customer-2' },
      201,
    );
    await t.engine.completeTask((await openTask(instance.id)).id, {
      variables: { needsInformation: true },
    });
    await t.engine.completeTask((await openTask(instance.id)).id);
    t.clock.advance('PT2H');
    await t.json(
      'developer',
      'POST',
      '/api/messages',
      { messageName: 'customer-reply', businessKey: 'customer-2' },
      200,
    );
    const events = await timeline('analyst', 'customer-2');
    expect(events.find((e) => e.kind === 'message.received')).toMatchObject({
      messageName: 'customer-reply',
      element: { elementId: 'customer-reply', name: 'Customer replies' },
    });
    expect(events.filter((e) => e.kind.startsWith('promise.')).map((e) => e.kind)).toEqual([
      'promise.paused',
      'promise.resumed',
    ]);
  });

  it('adds flows, gateways and variable writes with detail=engine, for analysts only', async () => {
    await brokenPromise();
    const detailed = await timeline('analyst', 'customer-1', '&detail=engine');
    const engine = detailed.filter((e) => e.kind === 'engine');
    expect(engine.map((e) => (e.engine as { kind: string }).kind)).toEqual(
      expect.arrayContaining(['flow.taken', 'activity.started', 'variable.set']),
    );
    expect(engine.find((e) => e.element?.name === 'Solvable on the call?')).toBeDefined();
    expect(detailed.filter((e) => e.kind !== 'engine')).toEqual(
      await timeline('analyst', 'customer-1'),
    );
    const refused = await t.call('front', 'GET', '/api/history/customers/customer-1?detail=engine');
    expect(refused.status).toBe(403);
  });

  it('pages back by seq, newest first, without losing the outcome of a completion cut by the page edge', async () => {
    await brokenPromise();
    const all = (await t.json('analyst', 'GET', '/api/history/customers/customer-1?limit=500'))
      .items as Event[];
    const seen: Event[] = [];
    let before: number | null = null;
    do {
      const page: { items: Event[]; nextBefore: number | null } = await t.json(
        'analyst',
        'GET',
        `/api/history/customers/customer-1?limit=3${before ? `&before=${before}` : ''}`,
      );
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items);
      before = page.nextBefore;
    } while (before !== null);
    expect(seen).toEqual(all);
    expect(seen.map((e) => e.seq)).toEqual([...seen.map((e) => e.seq)].sort((a, b) => b - a));
  });

  it("keeps other groups' tasks out of a staff member's timeline, and shows them their requests", async () => {
    await brokenPromise();
    const names = (events: Event[]) => [
      ...new Set(events.map((e) => e.element?.name).filter(Boolean)),
    ];
    const front = await timeline('front', 'customer-1');
    expect(names(front)).toEqual([
      'Classify the request',
      'Answer the customer',
      'Not answered in 3 minutes',
    ]);
    expect(front.map((e) => e.kind)).toContain('request.resolved');
    const back = await timeline('back', 'customer-1');
    expect(names(back)).toEqual([
      'Not answered in 3 minutes',
      'Resolve the request',
      'Inform the customer',
    ]);
    expect(await timeline('back', 'someone-else')).toEqual([]);
  });

  it('lists customers latest request first, by prefix, each caller those of requests they worked on', async () => {
    await brokenPromise();
    const start = async (businessKey: string) => {
      t.clock.advance('PT1M');
      await t.json(
        'front',
        'POST',
        '/api/process-definitions/customer-request/start',
        { businessKey },
        201,
      );
    };
    await start('customer-2');
    await start('customer-10');
    const keys = async (caller: Caller, query = '') =>
      (await t.json(caller, 'GET', `/api/history/customers${query}`)).items.map(
        (c: { businessKey: string; requests: number; open: number }) =>
          `${c.businessKey} ${c.requests}/${c.open}`,
      );
    expect(await keys('analyst')).toEqual(['customer-10 1/1', 'customer-2 1/1', 'customer-1 1/0']);
    expect(await keys('analyst', '?prefix=customer-1')).toEqual([
      'customer-10 1/1',
      'customer-1 1/0',
    ]);
    expect(await keys('analyst', '?limit=1')).toEqual(['customer-10 1/1']);
    // The back office worked only on the first request; the front office classified all three.
    expect(await keys('back')).toEqual(['customer-1 1/0']);
    expect(await keys('front')).toHaveLength(3);
    const [latest] = (await t.json('analyst', 'GET', '/api/history/customers?limit=1')).items;
    expect(latest.lastRequestAt).toBe(new Date(t.clock.now()).toISOString());
    expect((await t.call('analyst', 'GET', '/api/history/customers?limit=0')).status).toBe(400);
    expect((await t.call('anonymous', 'GET', '/api/history/customers')).status).toBe(401);
  });
});
