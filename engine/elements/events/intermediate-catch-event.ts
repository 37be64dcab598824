import type { Behaviour } from '../../runtime/execution.ts';
import { incident } from '../../errors.ts';
import { scheduleJob, timerDue } from '../../runtime/jobs.ts';
import { beginActivity } from '../../runtime/io-mapping.ts';
import { eventTrigger, openSubscription } from '../../runtime/subscriptions.ts';

/**
 * Intermediate catch events wait for their trigger: a timer job, or a message or signal
 * subscription. After an event-based gateway the trigger has already happened: pass through.
 * Input mappings hold while it waits (a timer reads them), outputs are written as it leaves.
 */
export const intermediateCatchEvent: Behaviour = {
  enter(token, node, x) {
    beginActivity(token, node, x);
    if (token.triggered) {
      delete token.triggered;
      return x.leave(token);
    }
    if (node.eventDefinitions.some((d) => d.kind === 'timer')) {
      const due = timerDue(x, token, node)!;
      token.jobId = scheduleJob(x, token, node.id, due.dueAt, { type: 'timer-catch' });
      token.state = 'waiting';
      return;
    }
    if (node.eventDefinitions.some((d) => d.kind === 'link')) return x.leave(token);
    if (!eventTrigger(node))
      throw incident(
        `Promesa cannot execute the catch event ${node.id}: it has no timer, message or signal`,
        node.id,
      );
    token.subscriptionId = openSubscription(x, token, node);
    token.state = 'waiting';
  },
  signal(token, _node, x, variables) {
    x.setVariables(x.scopeOf(token), variables);
    x.leave(token);
  },
};
