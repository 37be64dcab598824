import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startLibraryApp, type LibraryApp } from '../support/library-app.ts';

const HOUR = 3_600_000;

describe('the shipped lead qualification', () => {
  let lib: LibraryApp;
  let t0: number;
  beforeEach(async () => {
    lib = await startLibraryApp();
    t0 = lib.t.clock.now();
  });
  afterEach(() => lib.close());

  async function registered(id: string) {
    expect((await lib.work('update-crm', id, 'register-lead')).change).toBe('register-lead');
  }

  it('registers a walk-in lead, hands it to the least busy seller, who qualifies it and sends an offer', async () => {
    const { id } = await lib.start('front', 'lead-qualification', {
      businessKey: 'lead-1',
      variables: { prospect: 'Hotel Sol', interest: 'Booking software' },
    });
    await registered(id);
    const qualify = await lib.task('sol', id, 'qualify-lead');
    expect(qualify).toMatchObject({
      lane: 'Sales',
      assignee: 'sol',
      sla: { state: 'on-time', targetAt: new Date(t0 + 4 * HOUR).toISOString() },
    });
    await lib.complete('sol', qualify, { hasNeed: true, budget: 'medium', timeline: 'quarter' });
    const offer = await lib.task('sol', id, 'prepare-offer');
    expect(offer.dueAt).toBe(new Date(t0 + 48 * HOUR).toISOString());
    await lib.complete('sol', offer, { offerAmount: 1200 });
    const seen = await lib.work('notify-customer', id, 'send-offer');
    expect(seen).toMatchObject({ notice: 'offer', offerAmount: 1200, prospect: 'Hotel Sol' });
    expect(await lib.where(id)).toMatchObject({ status: 'completed' });
    expect((await lib.timeline('lead-1')).at(-1)).toEqual(['request.resolved', 'Offer sent']);
  });

  it('takes a lead from the web form message and sends product information when it does not qualify', async () => {
    const [result] = (
      await lib.message('sol', {
        messageName: 'web-lead-received',
        businessKey: 'lead-2',
        variables: { prospect: 'Bar Luna' },
        resultEnabled: true,
      })
    ).results;
    const id = result.instanceId;
    await registered(id);
    await lib.complete('sol', await lib.task('sol', id, 'qualify-lead'), {
      hasNeed: true,
      budget: 'none',
    });
    expect((await lib.work('notify-customer', id, 'send-product-information')).notice).toBe(
      'product-information',
    );
    expect((await lib.timeline('lead-2')).at(-1)).toEqual([
      'request.resolved',
      'Lead not qualified',
    ]);
  });

  it('hands a lead nobody contacted in 4 hours to a supervisor', async () => {
    const { id } = await lib.start('sol', 'lead-qualification', {
      businessKey: 'lead-3',
      variables: { prospect: 'Taller Ruiz' },
    });
    await registered(id);
    await lib.advance('PT4H');
    expect((await lib.json('sol', 'GET', `/api/tasks?instanceId=${id}`)).items).toEqual([]);
    const stale = await lib.task('sam', id, 'qualify-stale-lead');
    expect(stale).toMatchObject({ lane: 'Supervisor', candidateGroups: ['supervisors'] });
    await lib.complete('sam', stale, { hasNeed: true, budget: 'large' });
    await lib.task('sol', id, 'prepare-offer');
    expect(await lib.slas(id)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ elementId: 'qualify-lead', state: 'breached' }),
      ]),
    );
  });
});
