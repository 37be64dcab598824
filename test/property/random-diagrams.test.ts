import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startTestEngine } from '../support/test-engine.ts';

/**
 * Random valid diagrams run with random event orders. A diagram is a block built from user
 * tasks, sequences, exclusive and parallel splits with their joins, embedded subprocesses,
 * loops (two rounds) and user tasks under an interrupting timer. It runs while random choices
 * complete one of the open tasks or let an hour pass. Throughout, no element holds two open
 * tasks (no token doubled), the instance waits somewhere while active (no token lost) and no
 * incident appears; in the end every instance completes with every task closed. A fixed seed
 * keeps CI repeatable; a failure found would be kept as a case of its own.
 */
const SEED = 20_261_206;

type Block =
  | { kind: 'task' }
  | { kind: 'timed' }
  | { kind: 'seq'; first: Block; second: Block }
  | { kind: 'xor'; left: Block; right: Block }
  | { kind: 'and'; left: Block; right: Block }
  | { kind: 'sub'; body: Block }
  | { kind: 'loop'; body: Block };

const { block } = fc.letrec<{ block: Block }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'medium', withCrossShrink: true },
    fc.constant({ kind: 'task' as const }),
    fc.constant({ kind: 'timed' as const }),
    fc.record({ kind: fc.constant('seq' as const), first: tie('block'), second: tie('block') }),
    fc.record({ kind: fc.constant('xor' as const), left: tie('block'), right: tie('block') }),
    fc.record({ kind: fc.constant('and' as const), left: tie('block'), right: tie('block') }),
    fc.record({ kind: fc.constant('sub' as const), body: tie('block') }),
    fc.record({ kind: fc.constant('loop' as const), body: tie('block') }),
  ),
}));

/** BPMN XML of a process `random`: start, the block, end. */
function diagram(root: Block): string {
  let n = 0;
  const id = (prefix: string) => `${prefix}-${++n}`;
  /** A sequence flow in `scope`; returns its id. */
  const flow = (scope: string[], from: string, to: string, condition?: string) => {
    const flowId = id('flow');
    const body = condition
      ? `<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${condition}</bpmn:conditionExpression>`
      : '';
    scope.push(
      `<bpmn:sequenceFlow id="${flowId}" sourceRef="${from}" targetRef="${to}">${body}</bpmn:sequenceFlow>`,
    );
    return flowId;
  };
  /** Writes the block's elements and flows into `scope`; returns its entry and exit. */
  function emit(b: Block, scope: string[]): { entry: string; exit: string } {
    switch (b.kind) {
      case 'task': {
        const task = id('task');
        scope.push(`<bpmn:userTask id="${task}" />`);
        return { entry: task, exit: task };
      }
      case 'timed': {
        const [task, timer, fallback, join] = [id('task'), id('timer'), id('task'), id('merge')];
        scope.push(
          `<bpmn:userTask id="${task}" />`,
          `<bpmn:boundaryEvent id="${timer}" attachedToRef="${task}"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>`,
          `<bpmn:userTask id="${fallback}" />`,
          `<bpmn:exclusiveGateway id="${join}" />`,
        );
        flow(scope, task, join);
        flow(scope, timer, fallback);
        flow(scope, fallback, join);
        return { entry: task, exit: join };
      }
      case 'seq': {
        const first = emit(b.first, scope);
        const second = emit(b.second, scope);
        flow(scope, first.exit, second.entry);
        return { entry: first.entry, exit: second.exit };
      }
      case 'xor':
      case 'and': {
        const [split, join] = [id('split'), id('join')];
        const left = emit(b.left, scope);
        const right = emit(b.right, scope);
        if (b.kind === 'xor') {
          flow(scope, split, left.entry, "${coin == 'heads'}");
          const otherwise = flow(scope, split, right.entry);
          scope.push(
            `<bpmn:exclusiveGateway id="${split}" default="${otherwise}" />`,
            `<bpmn:exclusiveGateway id="${join}" />`,
          );
        } else {
          flow(scope, split, left.entry);
          flow(scope, split, right.entry);
          scope.push(
            `<bpmn:parallelGateway id="${split}" />`,
            `<bpmn:parallelGateway id="${join}" />`,
          );
        }
        flow(scope, left.exit, join);
        flow(scope, right.exit, join);
        return { entry: split, exit: join };
      }
      case 'sub': {
        const [sub, start, end] = [id('sub'), id('start'), id('end')];
        const inner = [`<bpmn:startEvent id="${start}" />`, `<bpmn:endEvent id="${end}" />`];
        const body = emit(b.body, inner);
        flow(inner, start, body.entry);
        flow(inner, body.exit, end);
        scope.push(`<bpmn:subProcess id="${sub}">${inner.join('')}</bpmn:subProcess>`);
        return { entry: sub, exit: sub };
      }
      case 'loop': {
        // Runs the body, counts the round, and goes round again while fewer than two ran.
        const [merge, count, check, leave] = [id('merge'), id('count'), id('check'), id('leave')];
        const rounds = `rounds_${n}`;
        const body = emit(b.body, scope);
        flow(scope, merge, body.entry);
        flow(scope, body.exit, count);
        flow(scope, count, check);
        flow(scope, check, merge, `\${${rounds} &lt; 2}`);
        const done = flow(scope, check, leave);
        scope.push(
          `<bpmn:exclusiveGateway id="${merge}" />`,
          `<bpmn:scriptTask id="${count}" scriptFormat="feel" camunda:resultVariable="${rounds}"><bpmn:script>if ${rounds} = null then 1 else ${rounds} + 1</bpmn:script></bpmn:scriptTask>`,
          `<bpmn:exclusiveGateway id="${check}" default="${done}" />`,
          `<bpmn:exclusiveGateway id="${leave}" />`,
        );
        return { entry: merge, exit: leave };
      }
    }
  }
  const top = ['<bpmn:startEvent id="start" />', '<bpmn:endEvent id="end" />'];
  const body = emit(root, top);
  flow(top, 'start', body.entry);
  flow(top, body.exit, 'end');
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="random-definitions" targetNamespace="https://promesa.dev/test">
<bpmn:process id="random" isExecutable="true">${top.join('')}</bpmn:process>
</bpmn:definitions>`;
}

describe('random valid diagrams', () => {
  it('run to their end with no token lost or doubled, whatever the order of events', async () => {
    await fc.assert(
      fc.asyncProperty(
        block,
        fc.constantFrom('heads', 'tails'),
        fc.array(fc.nat(), { minLength: 1, maxLength: 60 }),
        async (root, coin, choices) => {
          const t = await startTestEngine();
          try {
            await t.engine.deploy({ name: 'random.bpmn', xml: diagram(root) });
            const { id } = await t.engine.start('random', { variables: { coin } });
            /** One event: complete a chosen open task, or let an hour pass (timers fire). */
            const step = async (choice: number): Promise<boolean> => {
              if ((await t.engine.getInstance(id)).status !== 'active') return false;
              const open = await t.engine.listTasks({ instanceId: id, state: 'open' });
              const elements = open.map((task) => task.elementId);
              expect(new Set(elements).size, `open tasks ${elements}`).toBe(elements.length);
              expect(await t.engine.listIncidents({ instanceId: id, open: true })).toEqual([]);
              const jobs = await t.engine.listJobs({ instanceId: id });
              expect(
                open.length + jobs.length,
                'an active instance waits somewhere',
              ).toBeGreaterThan(0);
              if (open.length > 0 && choice % 5 !== 0)
                await t.engine.completeTask(open[choice % open.length]!.id);
              else {
                t.clock.advance('PT1H');
                await t.engine.runDueJobs();
              }
              return true;
            };
            for (const choice of choices) if (!(await step(choice))) break;
            // Then to the end, completing the first open task each time.
            for (let i = 0; i < 1000 && (await step(1)); i++);
            expect((await t.engine.getInstance(id)).status).toBe('completed');
            const tasks = await t.engine.listTasks({ instanceId: id });
            expect(tasks.filter((task) => task.state === 'open')).toEqual([]);
          } finally {
            await t.close();
          }
        },
      ),
      { seed: SEED, numRuns: 80 },
    );
  }, 120_000);
});
