import { readFile } from 'node:fs/promises';
import { createEngine, type Clock, type Engine, type Store } from '../../engine/index.ts';

const processes = new URL('../processes/', import.meta.url);

/** The XML of a file in `bench/processes/`. */
export function processXml(file: string): Promise<string> {
  return readFile(new URL(file, processes), 'utf8');
}

/**
 * Promesa as an embedding application runs it: `createEngine` over a store, the system clock
 * and UUIDs unless a scenario needs a fake clock, and the bench processes deployed.
 */
export async function startPromesa(store: Store, files: string[], options: { clock?: Clock } = {}): Promise<Engine> {
  const engine = createEngine({ store, ...(options.clock && { clock: options.clock }) });
  for (const file of files) {
    const { warnings } = await engine.deploy({ name: file, xml: await processXml(file) });
    const serious = warnings.filter((w) => w.severity === 'error');
    if (serious.length > 0) throw new Error(`${file}: ${serious.map((w) => w.message).join('; ')}`);
  }
  return engine;
}
