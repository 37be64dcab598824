import type { Behaviour } from '../../runtime/execution.ts';
import { incident } from '../../runtime/execution.ts';
import { scheduleJob, timerDue } from '../../runtime/jobs.ts';

/** Intermediate catch events wait for their trigger: a timer job (messages and signals subscribe). */
export const intermediateCatchEvent: Behaviour = {
  enter(token, node, x) {
    const kind = node.eventDefinitions[0]?.kind;
    if (kind === 'timer') {
      const due = timerDue(x, token, node)!;
      token.jobId = scheduleJob(x, token, node.id, due.dueAt, { type: 'timer-catch' });
      token.state = 'waiting';
      return;
    }
    throw incident(`Promesa cannot execute a ${kind ?? 'none'} intermediate catch event (${node.id}) yet`, node.id);
  },
};
