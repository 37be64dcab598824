import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startLibraryApp, type LibraryApp } from '../support/library-app.ts';

describe('the shipped satisfaction survey', () => {
  let lib: LibraryApp;
  beforeEach(async () => {
    lib = await startLibraryApp();
  });
  afterEach(() => lib.close());

  /** A resolved request announces itself; the survey goes out. */
  async function surveyed(businessKey: string) {
    const { results } = await lib.message('front', {
      messageName: 'request-resolved',
      businessKey,
      variables: { resolvedRequest: 'complaint-handling' },
      resultEnabled: true,
    });
    const id: string = results[0].instanceId;
    expect((await lib.work('notify-customer', id, 'send-survey')).notice).toBe(
      'satisfaction-survey',
    );
    return id;
  }

  it('thanks a customer who scores 4', async () => {
    const id = await surveyed('customer-30');
    await lib.message('developer', {
      messageName: 'survey-answered',
      businessKey: 'customer-30',
      variables: { score: 4 },
    });
    expect((await lib.work('notify-customer', id, 'thank-customer')).notice).toBe(
      'thanks-for-answering',
    );
    expect((await lib.timeline('customer-30')).at(-1)).toEqual([
      'request.resolved',
      'Customer satisfied',
    ]);
  });

  it('opens a recovery call for a score of 2, and hands it to a supervisor when not made in a day', async () => {
    const id = await surveyed('customer-31');
    await lib.message('developer', {
      messageName: 'survey-answered',
      businessKey: 'customer-31',
      variables: { score: 2 },
    });
    const call = await lib.task('back', id, 'recover-customer');
    expect(call).toMatchObject({ lane: 'Back office', sla: { state: 'on-time' } });
    await lib.advance('P1D');
    const late = await lib.task('sam', id, 'recover-customer-late');
    await lib.complete('sam', late, { recoveryAction: 'Refunded the visit fee' });
    expect((await lib.work('update-crm', id, 'record-recovery')).recoveryAction).toBe(
      'Refunded the visit fee',
    );
    expect(await lib.slas(id)).toEqual([
      expect.objectContaining({ elementId: 'recover-customer', state: 'breached' }),
      expect.objectContaining({ elementId: 'recover-customer-late', state: 'met' }),
    ]);
  });

  it('stops waiting after 7 days without an answer, with no promise broken', async () => {
    const id = await surveyed('customer-32');
    await lib.advance('P7D');
    expect(await lib.where(id)).toMatchObject({ status: 'completed' });
    expect(await lib.slas(id)).toEqual([]);
    expect((await lib.timeline('customer-32')).at(-1)).toEqual(['request.resolved', 'No answer']);
  });
});
