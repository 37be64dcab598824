import { createMemoryStore } from '../../db/memory/store.ts';
import { sized } from '../support/options.ts';
import {
  peerEngine,
  peerSource,
  runToEnd,
  startPromesa,
  type PeerService,
} from '../support/engines.ts';
import type { Scenario } from '../support/scenario.ts';
import { medianOfRuns, perSecond, since } from '../support/stats.ts';

/**
 * Scenario 1, in memory: start → service task → exclusive gateway → end, and a parallel fork of
 * three service tasks with a join. Promesa runs on the memory store with in-process handlers
 * (`registerHandler`), bpmn-engine with `environment.services`. Instances run one after another,
 * each to its end, so the figure is the cost of one whole instance.
 *
 * bpmn-engine instances share nothing, so its rate does not depend on how many ran before; it
 * runs fewer of them to keep `npm run bench` under ten minutes (its rate is ~15× lower).
 */
const GATEWAY_INSTANCES = 10_000;
/** The issue sets no count for the fork/join; each of its instances runs four commands. */
const PARALLEL_INSTANCES = 2_000;
const PEER_INSTANCES = 500;

const approve = (amount: unknown) => Number(amount) < 500;

async function promesaGateway(count: number): Promise<number> {
  const store = createMemoryStore();
  const engine = await startPromesa(store, ['service-gateway.bpmn']);
  engine.registerHandler('check-order', ({ variables }) => ({
    approved: approve(variables.amount),
  }));
  const start = performance.now();
  for (let i = 0; i < count; i++)
    await engine.start('service-gateway', { variables: { amount: i % 1000 } });
  const ms = since(start);
  await expectCompleted(store, count);
  await engine.close();
  return perSecond(count, ms);
}

async function promesaParallel(count: number): Promise<number> {
  const store = createMemoryStore();
  const engine = await startPromesa(store, ['parallel-services.bpmn']);
  for (const topic of ['reserve-stock', 'take-payment', 'send-confirmation'])
    engine.registerHandler(topic, () => ({ [topic]: true }));
  const start = performance.now();
  for (let i = 0; i < count; i++)
    await engine.start('parallel-services', { variables: { order: i } });
  const ms = since(start);
  await expectCompleted(store, count);
  await engine.close();
  return perSecond(count, ms);
}

async function expectCompleted(
  store: ReturnType<typeof createMemoryStore>,
  count: number,
): Promise<void> {
  const completed = (await store.listInstances({ status: 'completed' })).length;
  if (completed !== count) throw new Error(`Promesa completed ${completed} of ${count} instances`);
}

async function peerGateway(count: number): Promise<number> {
  const source = await peerSource('service-gateway-peer.bpmn');
  const checkOrder: PeerService = (scope, next) => {
    // The service's result decides the gateway: set where the condition reads it.
    scope.environment.variables.approved = approve(scope.environment.variables.amount);
    next(null);
  };
  const start = performance.now();
  for (let i = 0; i < count; i++)
    await runToEnd(
      peerEngine(source, { services: { checkOrder }, variables: { amount: i % 1000 } }),
    );
  return perSecond(count, since(start));
}

async function peerParallel(count: number): Promise<number> {
  const source = await peerSource('parallel-services.bpmn');
  const done: PeerService = (_scope, next) => next(null, true);
  const services = { reserveStock: done, takePayment: done, sendConfirmation: done };
  const start = performance.now();
  for (let i = 0; i < count; i++)
    await runToEnd(peerEngine(source, { services, variables: { order: i } }));
  return perSecond(count, since(start));
}

export const inMemoryScenario: Scenario = {
  name: 'in-memory',
  title: 'In memory: service task + gateway, parallel fork/join',
  async run({ options, log }) {
    const [gatewayCount, parallelCount, peerCount] = [
      GATEWAY_INSTANCES,
      PARALLEL_INSTANCES,
      PEER_INSTANCES,
    ].map((n) => sized(options, n)) as [number, number, number];
    log(
      `in-memory: Promesa ${gatewayCount} + ${parallelCount} instances, bpmn-engine ${peerCount} + ${peerCount} per run, ${options.runs} run(s)`,
    );
    const peer = (run: (count: number) => Promise<number>) =>
      options.peer ? run(peerCount) : Number.NaN;
    const gateway = await medianOfRuns(options.runs, async () => ({
      promesa: await promesaGateway(gatewayCount),
      peer: await peer(peerGateway),
    }));
    const parallel = await medianOfRuns(options.runs, async () => ({
      promesa: await promesaParallel(parallelCount),
      peer: await peer(peerParallel),
    }));
    return [
      {
        name: 'in-memory-gateway',
        label: 'in memory: service + gateway',
        promesa: gateway.promesa,
        bpmnEngine: gateway.peer,
        unit: 'instances/s',
        better: 'higher',
        note: `${gatewayCount} vs ${peerCount} instances`,
      },
      {
        name: 'in-memory-parallel',
        label: 'in memory: parallel 3 services',
        promesa: parallel.promesa,
        bpmnEngine: parallel.peer,
        unit: 'instances/s',
        better: 'higher',
        note: `${parallelCount} vs ${peerCount} instances`,
      },
    ];
  },
};
