import { describe, expect, it } from 'vitest';
import { aTask, anInstance } from '../../test/contract/store-fixtures.ts';
import { describeStoreContract } from '../../test/contract/store.contract.ts';
import { describeDraftStoreContract } from '../../test/contract/draft-store.contract.ts';
import { createMemoryDraftStore } from './draft-store.ts';
import { createMemoryStore } from './store.ts';

describeStoreContract('memory', async () => createMemoryStore());
describeDraftStoreContract('memory', async () => ({
  drafts: createMemoryDraftStore(),
  addOwner: async () => {},
  close: async () => {},
}));

describe('createMemoryStore', () => {
  it('keeps its own copies: mutating a committed or a read record changes nothing stored', async () => {
    const store = createMemoryStore();
    const instance = anInstance({ snapshot: { context: { variables: { amount: 1 } } } });
    const task = aTask({ candidateGroups: ['front-office'] });
    await store.commit({ instance: { record: instance, expectedVersion: null }, tasks: [task] });

    (instance.snapshot as { context: { variables: { amount: number } } }).context.variables.amount =
      2;
    task.candidateGroups.push('back-office');
    const read = await store.getInstance('instance-1');
    (read!.snapshot as { context: { variables: { amount: number } } }).context.variables.amount = 3;

    expect(await store.getInstance('instance-1')).toMatchObject({
      snapshot: { context: { variables: { amount: 1 } } },
    });
    expect(await store.listTasks({ candidateGroups: ['back-office'] })).toEqual([]);
    expect((await store.getTask('task-1'))?.candidateGroups).toEqual(['front-office']);
  });

  it('keeps of a snapshot what a JSON column keeps', async () => {
    const store = createMemoryStore();
    const snapshot = {
      at: new Date(Date.UTC(2026, 0, 5, 9)),
      gone: undefined,
      list: [1, undefined, Number.NaN],
      nested: { ok: true },
    };
    await store.commit({ instance: { record: anInstance({ snapshot }), expectedVersion: null } });
    const stored = (await store.getInstance('instance-1'))!.snapshot;
    expect(stored).toStrictEqual({
      at: '2026-01-05T09:00:00.000Z',
      list: [1, null, null],
      nested: { ok: true },
    });
  });

  it('reads optional fields back as null, as the SQL stores do', async () => {
    const store = createMemoryStore();
    const { businessKey: _b, endedAt: _e, parentInstanceId: _p, ...bare } = anInstance();
    await store.commit({ instance: { record: bare, expectedVersion: null } });
    expect(await store.getInstance('instance-1')).toEqual(anInstance());
  });

  it('pages the urgent tasks of a group by keyset without repeating or skipping one', async () => {
    const store = createMemoryStore();
    const tasks = Array.from({ length: 30 }, (_, i) =>
      aTask({
        id: `t${i}`,
        candidateGroups: [i % 2 ? 'front-office' : 'back-office'],
        dueAt: i % 3 ? 1_000 + (i % 7) : null,
        priority: i % 5,
        createdAt: i,
      }),
    );
    await store.commit({ tasks });
    const query = {
      candidateGroups: ['front-office'],
      state: 'open' as const,
      orderBy: 'due' as const,
    };
    const all = await store.listTasks(query);
    const paged = [];
    for (let after = undefined as (typeof all)[number] | undefined; ; ) {
      const next = await store.listTasks({
        ...query,
        limit: 4,
        ...(after && {
          after: { ...after, dueAt: after.dueAt ?? null, promiseDueAt: after.promiseDueAt ?? null },
        }),
      });
      if (next.length === 0) break;
      paged.push(...next);
      after = next.at(-1);
    }
    expect(paged.map((t) => t.id)).toEqual(all.map((t) => t.id));
    expect(all).toHaveLength(15);
  });

  it('rejects calls after close', async () => {
    const store = createMemoryStore();
    await store.close();
    await store.close();
    await expect(store.getInstance('instance-1')).rejects.toThrow(/not open/);
  });
});
