import { readFileSync } from 'node:fs';
import type { Engine } from '../../../engine/index.ts';

const xml = readFileSync(new URL('../fixtures/callback-request.bpmn', import.meta.url), 'utf8');

/** Deploys the callback request: a call back promised within the hour, a summary within 2 s. */
export async function deployCallbackRequest(engine: Engine): Promise<string> {
  const { definitions } = await engine.deploy({ name: 'callback-request.bpmn', xml });
  return definitions[0]!.id;
}

/**
 * One customer's callback request run through by `user`: the call back is done at once (its
 * promise kept), the summary waits past its 2 s promise (broken) before it is sent, unless
 * `finish` is false. Returns the instance id.
 */
export async function keepOnePromiseBreakOne(
  engine: Engine,
  businessKey: string,
  user: string,
  { finish = true } = {},
): Promise<string> {
  const instance = await engine.start('callback-request', { businessKey, userId: user });
  const task = async (elementId: string) =>
    (await engine.listTasks({ instanceId: instance.id, elementId, state: 'open' }))[0]!;
  await engine.completeTask((await task('call-back')).id, {
    userId: user,
    variables: { reached: true },
  });
  await breached(engine, instance.id);
  if (finish) await engine.completeTask((await task('send-summary')).id, { userId: user });
  return instance.id;
}

/** Resolves when an SLA of the instance breaks: the real server's job loop breaks it on time. */
async function breached(engine: Engine, instanceId: string): Promise<void> {
  let stop = () => {};
  const announced = new Promise<void>((resolve) => {
    stop = engine.subscribe((event) => {
      if (event.type === 'sla.changed' && event.sla.instanceId === instanceId)
        if (event.sla.state === 'breached') resolve();
    });
  });
  const already = await engine.listSlas({ instanceId, states: ['breached'] });
  if (already.length === 0) await announced;
  stop();
}

const escalating = readFileSync(
  new URL('../fixtures/escalating-request.bpmn', import.meta.url),
  'utf8',
);

/**
 * An urgent call the back office misses: its one-second promise breaks and a timer hands the
 * work to a supervisor. Resolves when the supervisor's task exists; returns the instance id.
 */
export async function escalateUrgentCall(engine: Engine, businessKey: string): Promise<string> {
  await engine.deploy({ name: 'escalating-request.bpmn', xml: escalating });
  let stop = () => {};
  const escalated = new Promise<void>((resolve) => {
    stop = engine.subscribe((event) => {
      if (event.type === 'task.changed' && event.task.elementId === 'apologise') resolve();
    });
  });
  const instance = await engine.start('escalating-request', { businessKey });
  await escalated;
  stop();
  return instance.id;
}
