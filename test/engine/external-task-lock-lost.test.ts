import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../db/memory/store.ts';
import { openSqliteStore } from '../../db/sqlite/store.ts';
import { createEngine } from '../../engine/engine.ts';
import type { Engine } from '../../engine/engine-interface.ts';
import type { Store, UnitOfWork } from '../../engine/ports/store.ts';
import { FakeClock } from '../support/fake-clock.ts';

/** A store whose next commit waits, once it has been reached, until the test releases it. */
function withHeldCommit(store: Store) {
  let held: { reached: () => void; release: Promise<void> } | undefined;
  const wrapped = new Proxy(store, {
    get(target, property) {
      if (property === 'commit')
        return async (work: UnitOfWork) => {
          const hold = held;
          held = undefined;
          if (hold) {
            hold.reached();
            await hold.release;
          }
          return target.commit(work);
        };
      const value = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    store: wrapped,
    /** Holds the next commit; resolves `reached` when it arrives, lets it go on `release()`. */
    holdNextCommit() {
      let release!: () => void;
      let reached!: () => void;
      const arrived = new Promise<void>((resolve) => (reached = resolve));
      held = { reached, release: new Promise<void>((resolve) => (release = resolve)) };
      return { reached: arrived, release };
    },
  };
}

const stores: [string, () => Store][] = [
  ['sqlite', () => openSqliteStore({ filename: ':memory:' })],
  ['memory', () => createMemoryStore()],
];

for (const [name, makeStore] of stores) {
  describe(`an external task completed after its lock was lost (${name} store)`, () => {
    let store: Store;
    let engine: Engine;
    afterEach(async () => {
      await engine.close();
      await store.close();
    });

    it("refuses the late completion and keeps the new worker's lock", async () => {
      store = makeStore();
      const clock = new FakeClock();
      const held = withHeldCommit(store);
      engine = createEngine({ store: held.store, clock });
      const xml = await readFile(
        new URL('../processes/external-work.bpmn', import.meta.url),
        'utf8',
      );
      await engine.deploy({ name: 'external-work.bpmn', xml });
      const { id } = await engine.start('external-work');
      const topics = [{ topicName: 'credit-check', lockDuration: 60_000 }];
      const [task] = await engine.fetchAndLock({ workerId: 'worker-a', maxTasks: 1, topics });

      // Worker A's completion reaches the store, and waits there while its lock expires and
      // worker B locks the task.
      const commit = held.holdNextCommit();
      const late = engine.completeExternalTask(task!.id, { workerId: 'worker-a' });
      late.catch(() => {});
      await commit.reached;
      clock.advance('PT2M');
      expect(await engine.fetchAndLock({ workerId: 'worker-b', maxTasks: 1, topics })).toHaveLength(
        1,
      );
      commit.release();

      await expect(late).rejects.toMatchObject({ code: 'external-task-changed' });
      expect(await store.getExternalTask(task!.id)).toMatchObject({
        state: 'open',
        workerId: 'worker-b',
      });
      expect((await engine.getInstance(id)).activeElements).toEqual(['check-credit']);
      await engine.completeExternalTask(task!.id, { workerId: 'worker-b' });
      expect((await engine.getInstance(id)).status).toBe('completed');
    });
  });
}
