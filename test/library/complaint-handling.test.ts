import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startLibraryApp, type LibraryApp } from '../support/library-app.ts';

const HOUR = 3_600_000;

describe('the shipped complaint handling', () => {
  let lib: LibraryApp;
  let t0: number;
  beforeEach(async () => {
    lib = await startLibraryApp();
    t0 = lib.t.clock.now();
  });
  afterEach(() => lib.close());

  /** The front office registers a complaint and the customer gets the acknowledgement. */
  async function registered(businessKey: string) {
    const instance = await lib.start('front', 'complaint-handling', {
      businessKey,
      variables: { channel: 'phone', complaint: 'Charged twice for March' },
    });
    const seen = await lib.work('notify-customer', instance.id, 'acknowledge-complaint');
    expect(seen).toMatchObject({ notice: 'complaint-received', channel: 'phone' });
    return instance.id;
  }

  async function remedyApplied(instanceId: string) {
    await lib.complete('back', await lib.task('back', instanceId, 'find-root-cause'), {
      rootCause: 'billing',
    });
    await lib.complete('back', await lib.task('back', instanceId, 'apply-remedy'), {
      remedy: 'credit',
      remedyDetails: 'Credited the second charge',
    });
  }

  it('is acknowledged, investigated with a question to the customer (the clock stops), remedied, and closed once the customer confirms', async () => {
    const id = await registered('customer-1');
    const investigate = await lib.task('back', id, 'investigate-complaint');
    // The back office lane hands its work out in turn: the one back-office clerk gets it.
    expect(investigate).toMatchObject({ lane: 'Back office', assignee: 'back' });
    await lib.complete('back', investigate, { needsInformation: true, findings: 'Two charges' });
    await lib.complete('back', await lib.task('back', id, 'ask-customer'), {
      question: 'Which card was charged?',
    });
    lib.t.clock.advance('PT2H');
    await lib.message('developer', { messageName: 'customer-reply', businessKey: 'customer-1' });
    await lib.complete('back', await lib.task('back', id, 'investigate-complaint'), {
      needsInformation: false,
    });
    await remedyApplied(id);

    const callBack = await lib.task('front', id, 'call-customer-back');
    expect(callBack).toMatchObject({ lane: 'Front office', sla: { state: 'on-time' } });
    await lib.complete('front', callBack, { customerConfirmed: true });
    await lib.work('request-resolved', id, 'announce-resolution');
    expect(await lib.where(id)).toMatchObject({ status: 'completed' });

    expect(
      (await lib.slas(id)).map((s) => [
        s.elementId,
        s.state,
        s.pausedMs,
        Date.parse(s.targetAt) - t0,
      ]),
    ).toEqual([
      ['handle-complaint', 'met', 2 * HOUR, 26 * HOUR],
      ['call-customer-back', 'met', 0, 6 * HOUR],
    ]);
    const timeline = await lib.timeline('customer-1');
    expect(timeline).toEqual(
      expect.arrayContaining([
        ['request.opened', null],
        ['promise.paused', 'Handle the complaint'],
        ['message.received', 'Customer replies'],
        ['promise.resumed', 'Handle the complaint'],
        ['task.completed', 'Apply the remedy'],
        ['promise.met', 'Handle the complaint'],
        ['task.completed', 'Call the customer back'],
        ['request.resolved', 'Complaint closed'],
      ]),
    );
  });

  it('goes back to the back office when the customer does not confirm the remedy', async () => {
    const id = await registered('customer-2');
    await lib.complete('back', await lib.task('back', id, 'investigate-complaint'), {
      needsInformation: false,
    });
    await remedyApplied(id);
    await lib.complete('front', await lib.task('front', id, 'call-customer-back'), {
      customerConfirmed: false,
      callNotes: 'Still charged twice',
    });
    expect((await lib.where(id)).activeElements).toEqual(['investigate-complaint']);
    // The reopened complaint has a new 24 hours.
    const slas = await lib.slas(id);
    expect(slas.map((s) => [s.elementId, s.state]).sort()).toEqual([
      ['call-customer-back', 'met'],
      ['handle-complaint', 'met'],
      ['handle-complaint', 'on-time'],
    ]);
  });

  it('goes to a supervisor and tells the customer when it is not resolved in 24 hours', async () => {
    const id = await registered('customer-3');
    await lib.complete('back', await lib.task('back', id, 'investigate-complaint'), {
      needsInformation: false,
    });
    await lib.advance('PT24H');
    const seen = await lib.work('notify-customer', id, 'tell-customer-late');
    expect(seen.notice).toBe('complaint-delayed');
    // The back office no longer sees it; the supervisors do.
    const { items } = await lib.json('back', 'GET', `/api/tasks?instanceId=${id}`);
    expect(items).toEqual([]);
    const late = await lib.task('sam', id, 'resolve-late-complaint');
    expect(late).toMatchObject({ lane: 'Supervisor', candidateGroups: ['supervisors'] });
    await lib.complete('sam', late, { rootCause: 'billing', remedy: 'refund' });
    await lib.complete('front', await lib.task('front', id, 'call-customer-back'), {
      customerConfirmed: true,
    });
    await lib.work('request-resolved', id, 'announce-resolution');
    expect(await lib.where(id)).toMatchObject({ status: 'completed' });

    const [handling] = await lib.slas(id);
    expect(handling).toMatchObject({
      elementId: 'handle-complaint',
      state: 'breached',
      breachedAt: new Date(t0 + 24 * HOUR).toISOString(),
    });
    expect(await lib.timeline('customer-3')).toEqual(
      expect.arrayContaining([
        ['promise.breached', 'Handle the complaint'],
        ['promise.escalated', 'Not resolved in 24 hours'],
        ['task.completed', 'Resolve the late complaint'],
      ]),
    );
  });
});
