import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Engine, type BpmnEngineOptions } from 'bpmn-engine';
import {
  createEngine,
  type Clock,
  type Engine as PromesaEngine,
  type Store,
} from '../../engine/index.ts';

/** The two engines as the benchmark sets them up, and the BPMN files of `bench/processes/`. */

const processes = new URL('../processes/', import.meta.url);

/** The XML of a file in `bench/processes/`. */
export function processXml(file: string): Promise<string> {
  return readFile(new URL(file, processes), 'utf8');
}

/**
 * Promesa as an embedding application runs it: `createEngine` over a store, the system clock
 * and UUIDs unless a scenario needs a fake clock, and the bench processes deployed.
 */
export async function startPromesa(
  store: Store,
  files: string[],
  options: { clock?: Clock; historyTimeToLive?: number } = {},
): Promise<PromesaEngine> {
  const engine = createEngine({
    store,
    ...(options.clock && { clock: options.clock }),
    historyTimeToLive: options.historyTimeToLive,
  });
  for (const file of files) {
    const { warnings } = await engine.deploy({ name: file, xml: await processXml(file) });
    const serious = warnings.filter((w) => w.severity === 'error');
    if (serious.length > 0) throw new Error(`${file}: ${serious.map((w) => w.message).join('; ')}`);
  }
  return engine;
}

/*
 * bpmn-engine, the peer, set up as its users would for speed: each BPMN file is parsed once and
 * the serialised context reused for every instance (Promesa compiles a version once too), and a
 * silent logger, since Promesa logs nothing on this path either.
 */

/** What `sourceContext` takes: a serialised moddle context. */
export type PeerSource = NonNullable<BpmnEngineOptions['sourceContext']>;

const silent = () => ({ debug() {}, error() {}, warn() {} });

/** The serialised moddle context of a bench process, parsed once through bpmn-engine itself. */
export async function peerSource(file: string): Promise<PeerSource> {
  const [definition] = await new Engine({
    source: await processXml(file),
    Logger: silent,
  }).getDefinitions();
  // The context a definition was built from is what `sourceContext` takes (bpmn-engine docs).
  return (definition as unknown as { context: { definitionContext: PeerSource } }).context
    .definitionContext;
}

/** One process instance: bpmn-engine runs one definition execution per `Engine`. */
export function peerEngine(sourceContext: PeerSource, options: BpmnEngineOptions = {}): Engine {
  return new Engine({ sourceContext, Logger: silent, ...options });
}

/** A fresh engine for `recover()`: the saved state carries its own source. */
export function peerRecoverer(options: BpmnEngineOptions = {}): Engine {
  return new Engine({ Logger: silent, ...options });
}

/** Executes and waits until the instance has ended (rejects on an engine error). */
export async function runToEnd(engine: Engine): Promise<void> {
  const ended = engine.waitFor('end');
  await engine.execute();
  await ended;
}

/** The service signature of `environment.services`: (scope, callback). */
export type PeerService = (
  scope: { environment: { variables: Record<string, unknown> } },
  next: (error: Error | null, result?: unknown) => void,
) => void;

/** The installed bpmn-engine version, for the report. */
export async function peerVersion(): Promise<string> {
  const main = createRequire(import.meta.url).resolve('bpmn-engine');
  const pkg = JSON.parse(await readFile(join(dirname(main), '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}
