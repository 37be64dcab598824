import { describe, expect, it } from 'vitest';
import type {
  Store,
  TaskCursor,
  TaskMatch,
  TaskQuery,
  TaskRecord,
} from '../../engine/ports/store.ts';
import { anInstance, aTask, useFreshStore } from './store-fixtures.ts';

/** Part of the store contract: task upserts and every `TaskQuery` filter, order and page. */
export function describeTaskQueryContract(makeStore: () => Promise<Store>): void {
  describe('tasks', () => {
    const store = useFreshStore(makeStore);
    const ids = async (query: TaskQuery) => (await store().listTasks(query)).map((t) => t.id);

    it('upserts a task by id and reads back every field', async () => {
      const task = aTask({
        candidateUsers: ['bob'],
        candidateGroups: ['front-office'],
        dueAt: 5_000,
        formKey: 'answer.form',
      });
      await store().commit({ tasks: [task] });
      expect(await store().getTask('task-1')).toEqual(task);

      const done = {
        ...task,
        state: 'completed' as const,
        assignee: 'bob',
        claimedAt: 2_000,
        claimedBy: 'bob',
        completedAt: 3_000,
        completedBy: 'bob',
      };
      await store().commit({ tasks: [done] });
      expect(await store().getTask('task-1')).toEqual(done);
      expect(await store().listTasks({})).toEqual([done]);
      expect(await store().getTask('missing')).toBeUndefined();
    });

    it('pages the most urgent open tasks of groups by due date, then priority, then age, as the store changes', async () => {
      const due = [500, null, 100, 100, 300, null, 200, 100, 400, 250];
      const all = due.map((dueAt, i) =>
        aTask({
          id: `t${i}`,
          dueAt,
          priority: i % 3 === 0 ? 80 : 50,
          createdAt: 10 - i,
          candidateGroups: i % 2 === 0 ? ['front-office'] : ['back-office', 'front-office'],
        }),
      );
      await store().commit({ tasks: all });
      const urgent = (offset: number, limit: number) =>
        ids({
          candidateGroups: ['back-office', 'front-office'],
          state: 'open',
          orderBy: 'due',
          offset,
          limit,
        });
      const everything = await ids({
        candidateGroups: ['back-office', 'front-office'],
        state: 'open',
        orderBy: 'due',
      });
      expect(everything).toEqual(['t3', 't7', 't2', 't6', 't9', 't4', 't8', 't0', 't5', 't1']);
      expect([...(await urgent(0, 4)), ...(await urgent(4, 4)), ...(await urgent(8, 4))]).toEqual(
        everything,
      );
      // Every task is offered to the front office, so its own list pages the same way.
      expect(
        await ids({
          candidateGroups: ['front-office'],
          state: 'open',
          orderBy: 'due',
          offset: 2,
          limit: 3,
        }),
      ).toEqual(everything.slice(2, 5));

      // Completing, re-dating and re-prioritising a task moves it in (or out of) the urgent list.
      await store().commit({
        tasks: [
          { ...all[3]!, state: 'completed' },
          { ...all[0]!, dueAt: 50 },
          { ...all[1]!, dueAt: 99, priority: 99 },
        ],
      });
      expect(await urgent(0, 3)).toEqual(['t0', 't1', 't7']);
      expect(
        await ids({ candidateGroups: ['back-office'], state: 'open', orderBy: 'due', limit: 2 }),
      ).toEqual(['t1', 't7']);
      expect(
        await ids({
          candidateGroups: ['front-office'],
          state: 'completed',
          orderBy: 'due',
          limit: 5,
        }),
      ).toEqual(['t3']);
    });

    it("moves a task between groups' and users' lists in the commit that changes its candidates", async () => {
      const task = aTask({ candidateGroups: ['front-office'], candidateUsers: ['bob'] });
      await store().commit({ tasks: [task] });
      const offered = (query: TaskQuery) => ids({ state: 'open', ...query });
      await store().commit({
        tasks: [{ ...task, candidateGroups: ['back-office'], candidateUsers: ['carol'] }],
      });
      expect(await offered({ candidateGroups: ['front-office'] })).toEqual([]);
      expect(await offered({ candidateGroups: ['back-office'], orderBy: 'due' })).toEqual([
        'task-1',
      ]);
      expect(await offered({ candidateUser: 'bob' })).toEqual([]);
      expect(await offered({ visibleTo: { userId: 'carol', groups: [] } })).toEqual(['task-1']);
      expect(await offered({ visibleTo: { userId: 'bob', groups: ['front-office'] } })).toEqual([]);
      expect(await store().getTask('task-1')).toMatchObject({
        candidateGroups: ['back-office'],
        candidateUsers: ['carol'],
      });
    });

    it("keeps a task's comments, oldest first, apart from other tasks' comments", async () => {
      const comment = (id: string, taskId: string, at: number) => ({
        id,
        taskId,
        instanceId: 'instance-1',
        userId: id === 'c3' ? null : 'ana',
        at,
        message: `Comment ${id}: ¿llamó el cliente? ✓`,
      });
      await store().addTaskComment(comment('c2', 'task-1', 2_000));
      await store().addTaskComment(comment('c1', 'task-1', 1_000));
      await store().addTaskComment(comment('c3', 'task-1', 2_000));
      await store().addTaskComment(comment('c4', 'task-2', 500));
      expect(await store().listTaskComments('task-1')).toEqual([
        comment('c1', 'task-1', 1_000),
        comment('c2', 'task-1', 2_000),
        comment('c3', 'task-1', 2_000),
      ]);
      expect(await store().listTaskComments('task-3')).toEqual([]);
    });

    describe('filters', () => {
      const tasks = [
        aTask({
          id: 'a',
          businessKey: 'order-1',
          assignee: 'alice',
          lane: 'front-office',
          dueAt: 100,
          candidateGroups: ['front-office'],
          createdAt: 1,
        }),
        aTask({
          id: 'b',
          instanceId: 'instance-2',
          elementId: 'back-office-review',
          candidateUsers: ['bob', 'carol'],
          candidateGroups: ['back-office', 'managers'],
          dueAt: 200,
          promiseDueAt: 150,
          createdAt: 2,
        }),
        aTask({
          id: 'c',
          processId: 'refund',
          state: 'completed',
          candidateGroups: ['back-office'],
          createdAt: 3,
        }),
        aTask({ id: 'd', candidateUsers: ['carol'], dueAt: 300, promiseDueAt: 250, createdAt: 4 }),
      ];
      const cases: [string, TaskQuery, string[]][] = [
        ['no filter', {}, ['a', 'b', 'c', 'd']],
        ['instanceId', { instanceId: 'instance-2' }, ['b']],
        ['processId', { processId: 'refund' }, ['c']],
        ['businessKey', { businessKey: 'order-1' }, ['a']],
        ['state', { state: 'open' }, ['a', 'b', 'd']],
        ['assignee', { assignee: 'alice' }, ['a']],
        ['candidateUser', { candidateUser: 'carol' }, ['b', 'd']],
        ['candidateGroups, any of', { candidateGroups: ['front-office', 'managers'] }, ['a', 'b']],
        [
          'candidateGroups, a task in two of them once',
          { candidateGroups: ['back-office', 'managers'] },
          ['b', 'c'],
        ],
        ['candidateGroups and state', { candidateGroups: ['back-office'], state: 'open' }, ['b']],
        ['candidateGroups, none given', { candidateGroups: [] }, []],
        ['elementId', { elementId: 'back-office-review' }, ['b']],
        ['lane', { lane: 'front-office' }, ['a']],
        ['dueBefore, strict', { dueBefore: 200 }, ['a']],
        ['dueAfter, strict', { dueAfter: 200 }, ['d']],
        ['due window', { dueAfter: 50, dueBefore: 250 }, ['a', 'b']],
        ['combined', { state: 'open', candidateUser: 'carol', dueBefore: 250 }, ['b']],
        [
          'promiseDueBefore, strict, tasks without a promise never',
          { promiseDueBefore: 250 },
          ['b'],
        ],
        ['promiseDueAfter, strict', { promiseDueAfter: 150 }, ['d']],
        ['createdBefore, strict', { createdBefore: 2 }, ['a']],
        ['createdAfter, strict', { createdAfter: 2 }, ['c', 'd']],
        [
          'visibleTo: assignee, candidate user or any candidate group, ORed',
          { visibleTo: { userId: 'alice', groups: ['managers'] } },
          ['a', 'b'],
        ],
        [
          'visibleTo: a user without groups',
          { visibleTo: { userId: 'carol', groups: [] } },
          ['b', 'd'],
        ],
        [
          'visibleTo and state',
          { visibleTo: { userId: 'nobody', groups: ['back-office'] }, state: 'open' },
          ['b'],
        ],
        [
          'after a cursor, by creation',
          { after: { id: 'b', createdAt: 2, priority: 50, dueAt: 200, promiseDueAt: null } },
          ['c', 'd'],
        ],
        [
          'after a cursor, by due date with undated tasks last',
          {
            orderBy: 'due',
            after: { id: 'b', createdAt: 2, priority: 50, dueAt: 200, promiseDueAt: null },
          },
          ['d', 'c'],
        ],
        [
          'after a cursor, by promise with tasks without one last',
          {
            orderBy: 'promise',
            after: { id: 'b', createdAt: 2, priority: 50, dueAt: 200, promiseDueAt: 150 },
          },
          ['d', 'a', 'c'],
        ],
        [
          'after an undated cursor, by due date',
          {
            orderBy: 'due',
            after: { id: 'c', createdAt: 3, priority: 50, dueAt: null, promiseDueAt: null },
          },
          [],
        ],
      ];

      it.each(cases)('by %s', async (_, query, expected) => {
        await store().commit({ tasks });
        expect(await ids(query)).toEqual(expected);
      });
    });

    describe("what a caller may see: assignee, candidate user or a candidate group's member, ORed", () => {
      // Ana works the front office and sales. Every alternative of the OR is here on its own: a
      // task held by her but offered to a group she is not in, one offered to her group but held
      // by someone else, one offered to her by name, and one she holds that is offered to her
      // group too (listed once).
      const tasks = [
        aTask({
          id: 'held-by-ana',
          assignee: 'ana',
          candidateGroups: ['back-office'],
          dueAt: 300,
          createdAt: 1,
        }),
        aTask({
          id: 'held-by-bruno',
          assignee: 'bruno',
          candidateGroups: ['front-office'],
          dueAt: 100,
          createdAt: 2,
        }),
        aTask({
          id: 'offered-to-ana',
          candidateUsers: ['ana', 'carla'],
          candidateGroups: ['front-office'],
          priority: 70,
          createdAt: 3,
        }),
        aTask({
          id: 'sales-late',
          candidateGroups: ['front-office', 'sales'],
          dueAt: 200,
          promiseDueAt: 150,
          priority: 80,
          createdAt: 4,
        }),
        aTask({
          id: 'sales-early',
          candidateGroups: ['sales'],
          dueAt: 200,
          priority: 80,
          createdAt: 0,
        }),
        aTask({
          id: 'claimed-by-ana',
          assignee: 'ana',
          candidateGroups: ['front-office'],
          dueAt: 250,
          priority: 50,
          createdAt: 7,
        }),
        // Not hers: another group's, held by someone else, offered to someone else.
        aTask({
          id: 'back-office',
          assignee: 'bruno',
          candidateUsers: ['carla'],
          candidateGroups: ['back-office'],
          dueAt: 50,
          createdAt: 5,
        }),
        // Hers, but done.
        aTask({
          id: 'done-by-ana',
          state: 'completed',
          assignee: 'ana',
          candidateGroups: ['front-office'],
          dueAt: 10,
          createdAt: 6,
        }),
      ];
      const ana = { userId: 'ana', groups: ['front-office', 'sales'] };
      const orders: [NonNullable<TaskQuery['orderBy']>, string[]][] = [
        [
          'created',
          [
            'sales-early',
            'held-by-ana',
            'held-by-bruno',
            'offered-to-ana',
            'sales-late',
            'claimed-by-ana',
          ],
        ],
        [
          'due',
          [
            'held-by-bruno',
            'sales-early',
            'sales-late',
            'claimed-by-ana',
            'held-by-ana',
            'offered-to-ana',
          ],
        ],
        [
          'promise',
          [
            'sales-late',
            'held-by-bruno',
            'sales-early',
            'claimed-by-ana',
            'held-by-ana',
            'offered-to-ana',
          ],
        ],
        [
          'priority',
          [
            'sales-early',
            'sales-late',
            'offered-to-ana',
            'held-by-ana',
            'held-by-bruno',
            'claimed-by-ana',
          ],
        ],
      ];
      const cursorOf = (t: TaskRecord): TaskCursor => ({
        id: t.id,
        createdAt: t.createdAt,
        priority: t.priority,
        dueAt: t.dueAt ?? null,
        promiseDueAt: t.promiseDueAt ?? null,
      });

      it.each(orders)(
        'lists them by %s, whole, by offset and by keyset pages',
        async (orderBy, expected) => {
          await store().commit({ tasks });
          const query: TaskQuery = { visibleTo: ana, state: 'open', orderBy };
          expect(await ids(query)).toEqual(expected);
          expect(await store().countTasks(query)).toBe(expected.length);
          const byOffset: string[] = [];
          for (let offset = 0; offset < expected.length + 2; offset += 2)
            byOffset.push(...(await ids({ ...query, offset, limit: 2 })));
          expect(byOffset).toEqual(expected);
          const byKeyset: string[] = [];
          let after: TaskCursor | undefined;
          for (let page = 0; page <= expected.length; page++) {
            const rows = await store().listTasks({ ...query, after, limit: 2 });
            if (rows.length === 0) break;
            byKeyset.push(...rows.map((t) => t.id));
            after = cursorOf(rows.at(-1)!);
          }
          expect(byKeyset).toEqual(expected);
        },
      );

      it('counts done work too when no state is asked for, and nothing for a stranger', async () => {
        await store().commit({ tasks });
        expect(await ids({ visibleTo: ana })).toEqual([
          'sales-early',
          'held-by-ana',
          'held-by-bruno',
          'offered-to-ana',
          'sales-late',
          'done-by-ana',
          'claimed-by-ana',
        ]);
        expect(await ids({ visibleTo: ana, state: 'completed', orderBy: 'due' })).toEqual([
          'done-by-ana',
        ]);
        expect(await ids({ visibleTo: { userId: 'dora', groups: [] }, state: 'open' })).toEqual([]);
        expect(await ids({ visibleTo: { userId: 'carla', groups: [] }, orderBy: 'due' })).toEqual([
          'back-office',
          'offered-to-ana',
        ]);
      });

      it('narrows by the queue within what the caller sees: hers, one of her groups', async () => {
        await store().commit({ tasks });
        const open = { visibleTo: ana, state: 'open' as const, orderBy: 'due' as const };
        expect(await ids({ ...open, assignee: 'ana' })).toEqual(['claimed-by-ana', 'held-by-ana']);
        expect(await ids({ ...open, candidateGroups: ['sales'], limit: 50 })).toEqual([
          'sales-early',
          'sales-late',
        ]);
        expect(
          await ids({
            ...open,
            candidateGroups: ['front-office'],
            limit: 2,
            after: cursorOf(tasks[1]!),
          }),
        ).toEqual(['sales-late', 'claimed-by-ana']);
        // One or several of her groups, by age and by priority, a page after a cursor.
        expect(
          await ids({ ...open, candidateGroups: ['front-office', 'sales'], orderBy: 'priority' }),
        ).toEqual([
          'sales-early',
          'sales-late',
          'offered-to-ana',
          'held-by-bruno',
          'claimed-by-ana',
        ]);
        expect(
          await ids({
            ...open,
            candidateGroups: ['front-office'],
            orderBy: 'created',
            limit: 2,
            after: cursorOf(tasks[1]!),
          }),
        ).toEqual(['offered-to-ana', 'sales-late']);
        expect(
          await ids({
            state: 'open',
            candidateGroups: ['sales', 'front-office'],
            orderBy: 'priority',
            limit: 2,
            offset: 1,
            after: cursorOf(tasks[4]!),
          }),
        ).toEqual(['offered-to-ana', 'held-by-bruno']);
        // Camunda's default sort, by creation, with no filter set.
        expect(
          await ids({
            visibleTo: ana,
            state: 'open',
            sort: [{ by: 'created' }],
            match: {},
            offset: 1,
            limit: 3,
          }),
        ).toEqual(['held-by-ana', 'held-by-bruno', 'offered-to-ana']);
        // A group she is not in shows only what she sees of it.
        expect(await ids({ ...open, candidateGroups: ['back-office'], limit: 50 })).toEqual([
          'held-by-ana',
        ]);
      });

      it('follows a claim, a completion and a new due date', async () => {
        await store().commit({ tasks });
        await store().commit({
          tasks: [
            { ...tasks[1]!, state: 'completed' },
            { ...tasks[6]!, assignee: 'ana', dueAt: 400 },
            { ...tasks[2]!, dueAt: 1 },
          ],
        });
        expect(await ids({ visibleTo: ana, state: 'open', orderBy: 'due', limit: 50 })).toEqual([
          'offered-to-ana',
          'sales-early',
          'sales-late',
          'claimed-by-ana',
          'held-by-ana',
          'back-office',
        ]);
      });
    });

    it('finds a task by its new candidates after an upsert changed them, not by the old ones', async () => {
      await store().commit({
        tasks: [aTask({ candidateGroups: ['front-office'], candidateUsers: ['bob'] })],
      });
      await store().commit({
        tasks: [aTask({ candidateGroups: ['back-office'], candidateUsers: [] })],
      });
      expect(await ids({ candidateGroups: ['front-office'] })).toEqual([]);
      expect(await ids({ candidateUser: 'bob' })).toEqual([]);
      expect(await ids({ candidateGroups: ['back-office'] })).toEqual(['task-1']);
    });

    it('still finds a task by candidate group after it was claimed with the same candidates', async () => {
      await store().commit({ tasks: [aTask({ candidateGroups: ['front-office'] })] });
      await store().commit({
        tasks: [aTask({ candidateGroups: ['front-office'], assignee: 'alice', claimedAt: 2 })],
      });
      expect(await ids({ candidateGroups: ['front-office'], assignee: 'alice' })).toEqual([
        'task-1',
      ]);
    });

    it("keeps finished tasks for Camunda's history: by state, end time and their instance's end", async () => {
      for (const record of [
        anInstance({ id: 'running' }),
        anInstance({ id: 'done', status: 'completed', endedAt: 9_000 }),
      ])
        await store().commit({ instance: { record, expectedVersion: null } });
      await store().commit({
        tasks: [
          aTask({ id: 'open', instanceId: 'running', owner: 'carol', createdAt: 1 }),
          aTask({
            id: 'completed',
            instanceId: 'running',
            state: 'completed',
            completedAt: 5_000,
            owner: 'alice',
            createdAt: 2,
          }),
          aTask({
            id: 'cancelled',
            instanceId: 'done',
            state: 'cancelled',
            completedAt: 3_000,
            createdAt: 3,
          }),
        ],
      });
      const matching = (match: TaskMatch, sort?: TaskQuery['sort']) =>
        ids({ match, ...(sort ? { sort } : {}) });
      expect(await matching({ states: ['completed', 'cancelled'] })).toEqual([
        'completed',
        'cancelled',
      ]);
      expect(await matching({ states: ['open'] })).toEqual(['open']);
      expect(await matching({ states: [] })).toEqual([]);
      expect(await matching({ endedBefore: 5_000 })).toEqual(['cancelled']);
      expect(await matching({ endedAfter: 3_000 })).toEqual(['completed']);
      expect(await matching({ endedAfter: 0, endedBefore: 10_000 })).toEqual([
        'completed',
        'cancelled',
      ]);
      expect(await matching({ instanceEnded: true })).toEqual(['cancelled']);
      expect(await matching({ instanceEnded: false })).toEqual(['open', 'completed']);
      expect(await matching({ instanceEnded: false, instanceIds: ['done'] })).toEqual([]);
      expect(await store().countTasks({ match: { instanceEnded: false } })).toBe(2);
      // Unended tasks sort as the largest end time; owners likewise, nulls last.
      expect(await matching({}, [{ by: 'ended' }])).toEqual(['cancelled', 'completed', 'open']);
      expect(await matching({}, [{ by: 'ended', descending: true }])).toEqual([
        'open',
        'completed',
        'cancelled',
      ]);
      expect(await matching({}, [{ by: 'owner' }])).toEqual(['completed', 'open', 'cancelled']);
      expect(await matching({ owners: ['carol', 'dave'] })).toEqual(['open']);
      expect(await matching({ ownerLike: '%a%' })).toEqual(['open', 'completed']);
      expect(await matching({ ownerLike: 'A%' })).toEqual([]);
    });

    describe('order and paging', () => {
      const tasks = [
        aTask({ id: 'no-due-high', dueAt: null, priority: 90, createdAt: 1 }),
        aTask({ id: 'late', dueAt: 500, priority: 50, createdAt: 2 }),
        aTask({ id: 'soon-low', dueAt: 100, priority: 10, createdAt: 3 }),
        aTask({ id: 'soon-high', dueAt: 100, priority: 70, createdAt: 4 }),
        aTask({ id: 'soon-high-older', dueAt: 100, priority: 70, createdAt: 0 }),
        aTask({ id: 'no-due-low', dueAt: null, priority: 5, createdAt: 5 }),
      ];

      it('orders by due date, undated last, then by priority, then by age', async () => {
        await store().commit({ tasks });
        expect(await ids({ orderBy: 'due' })).toEqual([
          'soon-high-older',
          'soon-high',
          'soon-low',
          'late',
          'no-due-high',
          'no-due-low',
        ]);
      });

      it("orders by the request's promise, tasks without one last, then by due date", async () => {
        const promised = [
          ...tasks,
          aTask({ id: 'broken', promiseDueAt: 50, dueAt: 900, createdAt: 6 }),
          aTask({ id: 'promise-later', promiseDueAt: 400, dueAt: 100, priority: 1, createdAt: 7 }),
        ];
        await store().commit({ tasks: promised });
        expect(await ids({ orderBy: 'promise' })).toEqual([
          'broken',
          'promise-later',
          'soon-high-older',
          'soon-high',
          'soon-low',
          'late',
          'no-due-high',
          'no-due-low',
        ]);
        expect(await ids({ orderBy: 'promise', limit: 3 })).toEqual([
          'broken',
          'promise-later',
          'soon-high-older',
        ]);
      });

      it('orders by priority, highest first, then by age', async () => {
        await store().commit({ tasks });
        expect(await ids({ orderBy: 'priority' })).toEqual([
          'no-due-high',
          'soon-high-older',
          'soon-high',
          'late',
          'soon-low',
          'no-due-low',
        ]);
      });

      it('orders by creation by default', async () => {
        await store().commit({ tasks });
        const byAge = [
          'soon-high-older',
          'no-due-high',
          'late',
          'soon-low',
          'soon-high',
          'no-due-low',
        ];
        expect(await ids({})).toEqual(byAge);
        expect(await ids({ orderBy: 'created' })).toEqual(byAge);
      });

      it('pages with limit and offset', async () => {
        await store().commit({ tasks });
        expect(await ids({ orderBy: 'due', limit: 2 })).toEqual(['soon-high-older', 'soon-high']);
        expect(await ids({ orderBy: 'due', limit: 2, offset: 2 })).toEqual(['soon-low', 'late']);
        expect(await ids({ orderBy: 'due', offset: 4 })).toEqual(['no-due-high', 'no-due-low']);
        expect(await ids({ orderBy: 'due', limit: 2, offset: 6 })).toEqual([]);
      });
    });
  });
}
