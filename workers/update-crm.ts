import { Variables, type Client } from 'camunda-external-task-client-js';
import { subscribe } from './connection.ts';
import { ExampleCrm, type CrmCustomer } from './example-crm.ts';
import { runAsMain } from './run.ts';

/** What each `change` a diagram names does to the customer's record. */
const changes: Record<string, (customer: CrmCustomer, v: Record<string, unknown>) => void> = {
  'create-customer': (c, v) =>
    Object.assign(c, { name: v.customerName, email: v.email, plan: v.plan, status: 'onboarding' }),
  'activate-account': (c) => Object.assign(c, { status: 'active' }),
  'register-lead': (c, v) =>
    Object.assign(c, { name: v.prospect, interest: v.interest, status: 'lead' }),
  'apply-offer': (c, v) => Object.assign(c, { offer: v.offer, status: 'active' }),
  'record-loss': (c) => Object.assign(c, { status: 'lost' }),
  'record-recovery': (c, v) => Object.assign(c, { recovery: v.recoveryAction }),
};

/** Applies a named change to the customer's record; an unknown change is an error. */
export function applyChange(
  customer: CrmCustomer,
  change: unknown,
  variables: Record<string, unknown>,
  at: string,
): void {
  const apply = typeof change === 'string' ? changes[change] : undefined;
  if (!apply) throw new Error(`No CRM change '${String(change)}'`);
  apply(customer, variables);
  customer.history.push({ change: change as string, at });
}

/**
 * `update-crm`: applies the step's `change` (create-customer, activate-account, register-lead,
 * apply-offer, record-loss, record-recovery) to the customer's record in the CRM, keyed by the
 * instance's business key.
 */
export function updateCrm(client: Client, crm = new ExampleCrm()): void {
  subscribe(client, 'update-crm', async ({ task, taskService }) => {
    const key = task.businessKey;
    if (!key) throw new Error('The instance has no business key: whose record is it?');
    const at = new Date().toISOString();
    const variables = task.variables.getAll();
    await crm.update((data) => {
      const customer = (data.customers[key] ??= { history: [] });
      applyChange(customer, variables.change, variables, at);
    });
    await taskService.complete(task, new Variables().set('crmUpdatedAt', at));
  });
}

runAsMain(import.meta.url, 'update-crm', (client) => updateCrm(client));
