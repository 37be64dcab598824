import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startLibraryApp, type LibraryApp } from '../support/library-app.ts';

const HOUR = 3_600_000;

describe('the shipped customer onboarding', () => {
  let lib: LibraryApp;
  let t0: number;
  beforeEach(async () => {
    lib = await startLibraryApp();
    t0 = lib.t.clock.now();
  });
  afterEach(() => lib.close());

  /** Sales signs a customer up and the worker creates their record. */
  async function signedUp(businessKey: string) {
    const instance = await lib.start('sol', 'customer-onboarding', {
      businessKey,
      variables: { customerName: 'Ana Ruiz', email: 'ana@example.com', plan: 'plus' },
    });
    const seen = await lib.work('update-crm', instance.id, 'create-customer-record');
    expect(seen).toMatchObject({ change: 'create-customer', customerName: 'Ana Ruiz' });
    return instance.id;
  }

  /** Documents complete, account activated: the welcome call is open. */
  async function activated(id: string) {
    await lib.complete('back', await lib.task('back', id, 'check-documents'), {
      documentsComplete: true,
    });
    expect((await lib.work('update-crm', id, 'activate-account')).change).toBe('activate-account');
  }

  it('checks the documents, asks for the missing one, activates the account, welcomes the customer', async () => {
    const id = await signedUp('customer-10');
    const check = await lib.task('back', id, 'check-documents');
    expect(check).toMatchObject({
      lane: 'Back office',
      dueAt: new Date(t0 + 24 * HOUR).toISOString(),
      sla: { state: 'on-time' },
    });
    await lib.complete('back', check, {
      documentsComplete: false,
      missingDocuments: 'Proof of address',
    });
    expect((await lib.work('notify-customer', id, 'ask-for-documents')).notice).toBe(
      'documents-missing',
    );
    lib.t.clock.advance('PT30H');
    await lib.message('developer', {
      messageName: 'documents-received',
      businessKey: 'customer-10',
    });
    await activated(id);
    const call = await lib.task('front', id, 'welcome-call');
    expect(call).toMatchObject({ lane: 'Front office', sla: { state: 'on-time' } });
    await lib.complete('front', call, { welcomed: true });
    expect((await lib.work('notify-customer', id, 'send-welcome-pack')).notice).toBe(
      'welcome-pack',
    );
    expect(await lib.where(id)).toMatchObject({ status: 'completed' });
    expect((await lib.slas(id)).map((s) => [s.elementId, s.state])).toEqual([
      ['check-documents', 'met'],
      ['check-documents', 'met'],
      ['welcome-call', 'met'],
    ]);
    expect(await lib.timeline('customer-10')).toEqual(
      expect.arrayContaining([
        ['message.received', 'Customer sends the documents'],
        ['task.completed', 'Make the welcome call'],
        ['request.resolved', 'Customer onboarded'],
      ]),
    );
  });

  it('hands a welcome call not made in 2 days to a supervisor', async () => {
    const id = await signedUp('customer-11');
    await activated(id);
    await lib.advance('P2D');
    const overdue = await lib.task('sam', id, 'make-overdue-welcome-call');
    expect(overdue).toMatchObject({ lane: 'Supervisor', candidateGroups: ['supervisors'] });
    await lib.complete('sam', overdue, { welcomed: true });
    await lib.work('notify-customer', id, 'send-welcome-pack');
    expect(await lib.where(id)).toMatchObject({ status: 'completed' });
    expect(await lib.slas(id)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ elementId: 'welcome-call', state: 'breached' }),
      ]),
    );
  });

  it('calls a customer whose documents do not arrive in 7 days, and ends when they give up', async () => {
    const id = await signedUp('customer-12');
    await lib.complete('back', await lib.task('back', id, 'check-documents'), {
      documentsComplete: false,
    });
    await lib.work('notify-customer', id, 'ask-for-documents');
    await lib.advance('P7D');
    // Still interested: asked again, and the 7 days start over.
    await lib.complete('front', await lib.task('front', id, 'remind-customer'), {
      stillInterested: true,
    });
    await lib.work('notify-customer', id, 'ask-for-documents');
    await lib.advance('P7D');
    await lib.complete('front', await lib.task('front', id, 'remind-customer'), {
      stillInterested: false,
    });
    expect(await lib.where(id)).toMatchObject({ status: 'completed', activeElements: [] });
    expect((await lib.timeline('customer-12')).at(-1)).toEqual([
      'request.resolved',
      'Onboarding abandoned',
    ]);
  });
});
