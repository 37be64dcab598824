import { readFile } from 'node:fs/promises';
import { openSqliteStore } from '../../db/sqlite/store.ts';
import { createEngine } from '../../engine/engine.ts';
import type { Engine } from '../../engine/engine-interface.ts';
import type { Store } from '../../engine/ports/store.ts';
import type { BusinessCalendar } from '../../engine/timers/business-calendar.ts';
import type { EngineLimits } from '../../engine/limits.ts';
import type { WorkDirectory } from '../../engine/ports/work-directory.ts';
import { FakeClock } from './fake-clock.ts';

export interface TestEngine {
  engine: Engine;
  clock: FakeClock;
  store: Store;
  /** Deploys BPMN files from `processes/` or `test/processes/` (or any path relative to the project). */
  deployFiles(...files: string[]): Promise<void>;
  close(): Promise<void>;
}

const projectRoot = new URL('../../', import.meta.url);

/** The real engine on an in-memory SQLite store with a clock that moves only when told. */
export async function startTestEngine(
  options: {
    allowJavaScript?: boolean;
    filename?: string;
    calendars?: Record<string, BusinessCalendar>;
    limits?: Partial<EngineLimits>;
    directory?: WorkDirectory;
  } = {},
): Promise<TestEngine> {
  const clock = new FakeClock();
  const store = openSqliteStore({ filename: options.filename ?? ':memory:' });
  let counter = 0;
  const engine = createEngine({
    store,
    clock,
    allowJavaScript: options.allowJavaScript,
    calendars: options.calendars,
    limits: options.limits,
    directory: options.directory,
    ids: { next: () => `id-${++counter}` },
  });
  return {
    engine,
    clock,
    store,
    async deployFiles(...files) {
      for (const file of files) {
        const xml = await readFile(new URL(file, projectRoot), 'utf8');
        await engine.deploy({ name: file.split('/').pop()!, xml });
      }
    },
    async close() {
      await engine.close();
      await store.close();
    },
  };
}
