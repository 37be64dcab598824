import { readFile } from 'node:fs/promises';
import { createEngine } from '../../engine/engine.ts';
import type { Engine } from '../../engine/engine-interface.ts';
import type { IdentityStore } from '../../engine/ports/identity.ts';
import type { Store } from '../../engine/ports/store.ts';
import type { BusinessCalendar } from '../../engine/timers/business-calendar.ts';
import type { EngineLimits } from '../../engine/limits.ts';
import type { WorkDirectory } from '../../engine/ports/work-directory.ts';
import { FakeClock } from './fake-clock.ts';
import type { OpenedStores } from '../../api/server.ts';
import { openTestStore } from './test-store.ts';

export interface TestEngine {
  engine: Engine;
  clock: FakeClock;
  store: Store;
  /** Users, groups and tokens, on the same database as `store`. */
  identityStore: IdentityStore;
  /** The modeler's drafts, on the same database as `store`. */
  draftStore: OpenedStores['draftStore'];
  /** The store's readiness (`/api/ready`), where it has one. */
  ready?: () => Promise<boolean>;
  /** Deploys BPMN files from `processes/` or `test/processes/` (or any path relative to the project). */
  deployFiles(...files: string[]): Promise<void>;
  close(): Promise<void>;
}

const projectRoot = new URL('../../', import.meta.url);

/**
 * The real engine on a fresh store of the kind under test (SQLite `:memory:`, or PostgreSQL; see
 * `test-store.ts`) with a clock that moves only when told.
 */
export async function startTestEngine(
  options: {
    allowJavaScript?: boolean;
    calendars?: Record<string, BusinessCalendar>;
    limits?: Partial<EngineLimits>;
    directory?: WorkDirectory;
    historyTimeToLive?: number;
  } = {},
): Promise<TestEngine> {
  const clock = new FakeClock();
  const { store, identityStore, draftStore, ready } = await openTestStore();
  let counter = 0;
  const engine = createEngine({
    store,
    clock,
    allowJavaScript: options.allowJavaScript,
    calendars: options.calendars,
    limits: options.limits,
    directory: options.directory,
    historyTimeToLive: options.historyTimeToLive,
    ids: { next: () => `id-${++counter}` },
  });
  return {
    engine,
    clock,
    store,
    identityStore,
    draftStore,
    ready,
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
