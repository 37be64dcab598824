import { Variables, type Client } from 'camunda-external-task-client-js';
import { runAsMain } from './run.ts';
import { subscribe } from './connection.ts';

/** What the customer is told, by the `notice` a diagram names on its notify-customer step. */
export const notices: Record<string, (v: Record<string, unknown>) => string> = {
  'complaint-received': () =>
    'We have received your complaint and will resolve it within 24 hours.',
  'complaint-delayed': () =>
    'Your complaint is taking longer than we promised; a supervisor is now handling it.',
  'documents-missing': (v) =>
    `To finish opening your account we still need: ${v.missingDocuments ?? 'some documents'}.`,
  'welcome-pack': (v) =>
    `Welcome${v.customerName ? `, ${v.customerName}` : ''}! Your account is ready.`,
  offer: (v) => `Here is our offer${v.offerAmount ? ` of ${v.offerAmount} EUR` : ''}.`,
  'product-information': () => 'Thank you for your interest: here is information on our products.',
  'win-back-offer': (v) =>
    `We would like you to stay: ${v.offer ?? 'a special offer'}, valid for 7 days.`,
  'satisfaction-survey': () => 'How did we do? Answer our survey from 1 to 5.',
  'thanks-for-answering': () => 'Thank you for answering our survey.',
};

/** The text of a notice; an unknown notice is an error, so the step shows as an incident. */
export function noticeText(notice: unknown, variables: Record<string, unknown>): string {
  const template = typeof notice === 'string' ? notices[notice] : undefined;
  if (!template) throw new Error(`No notice template '${String(notice)}'`);
  return template(variables);
}

/**
 * `notify-customer`: tells the customer (business key) the notice the step names, through
 * `send` (the console by default: replace it with your e-mail or SMS gateway), and records
 * which notice went out and when.
 */
export function notifyCustomer(
  client: Client,
  send: (customer: string, text: string) => Promise<void> | void = (customer, text) =>
    console.log(`notify ${customer}: ${text}`),
): void {
  subscribe(client, 'notify-customer', async ({ task, taskService }) => {
    const variables = task.variables.getAll();
    await send(task.businessKey ?? '(no customer)', noticeText(variables.notice, variables));
    await taskService.complete(
      task,
      new Variables().setAll({
        lastNotice: variables.notice,
        lastNoticeAt: new Date().toISOString(),
      }),
    );
  });
}

runAsMain(import.meta.url, 'notify-customer', (client) => notifyCustomer(client));
