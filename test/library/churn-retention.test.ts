import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startLibraryApp, type LibraryApp } from '../support/library-app.ts';

const HOUR = 3_600_000;

describe('the shipped retention of a customer at risk', () => {
  let lib: LibraryApp;
  let t0: number;
  beforeEach(async () => {
    lib = await startLibraryApp();
    t0 = lib.t.clock.now();
  });
  afterEach(() => lib.close());

  /** Billing signals a churn risk; the back office assesses it and picks an offer. */
  async function assessed(businessKey: string, offer: string) {
    const { results } = await lib.message('back', {
      messageName: 'churn-risk',
      businessKey,
      variables: { signal: 'Usage down 80% in 30 days' },
      resultEnabled: true,
    });
    const id: string = results[0].instanceId;
    const assess = await lib.task('back', id, 'assess-churn-risk');
    expect(assess).toMatchObject({
      lane: 'Back office',
      dueAt: new Date(t0 + 8 * HOUR).toISOString(),
    });
    await lib.complete('back', assess, { risk: 'high', offer });
    return id;
  }

  /** The front office calls with the offer and it goes out in writing. */
  async function offered(id: string) {
    await lib.complete('front', await lib.task('front', id, 'call-with-offer'), { reached: true });
    const seen = await lib.work('notify-customer', id, 'send-offer');
    expect(seen).toMatchObject({ notice: 'win-back-offer', offer: 'discount' });
  }

  it('calls with a win-back offer and applies it when the customer accepts within the deadline', async () => {
    const id = await assessed('customer-20', 'discount');
    await offered(id);
    lib.t.clock.advance('P3D');
    await lib.message('developer', { messageName: 'offer-accepted', businessKey: 'customer-20' });
    expect((await lib.work('update-crm', id, 'apply-offer')).change).toBe('apply-offer');
    expect((await lib.timeline('customer-20')).slice(-2)).toEqual([
      ['message.received', 'Customer accepts the offer'],
      ['request.resolved', 'Customer retained'],
    ]);
  });

  it('has a supervisor make a last call when the offer deadline passes, and records the loss', async () => {
    const id = await assessed('customer-21', 'discount');
    await offered(id);
    await lib.advance('P7D');
    const last = await lib.task('sam', id, 'last-call');
    expect(last).toMatchObject({ lane: 'Supervisor', sla: { state: 'on-time' } });
    await lib.complete('sam', last, { customerStays: false });
    expect((await lib.work('update-crm', id, 'record-loss')).change).toBe('record-loss');
    expect((await lib.timeline('customer-21')).at(-1)).toEqual([
      'request.resolved',
      'Customer lost',
    ]);
    // The offer message finds nothing to accept any more.
    const late = await lib.t.call('developer', 'POST', '/api/messages', {
      messageName: 'offer-accepted',
      businessKey: 'customer-21',
    });
    expect(late.status).toBe(400);
  });

  it('only watches a customer at low risk, with no offer', async () => {
    const id = await assessed('customer-22', 'none');
    expect(await lib.where(id)).toMatchObject({ status: 'completed' });
    expect((await lib.timeline('customer-22')).at(-1)).toEqual([
      'request.resolved',
      'Watched, no offer',
    ]);
  });
});
