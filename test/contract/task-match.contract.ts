import { describe, expect, it } from 'vitest';
import type { Store, TaskMatch, TaskQuery } from '../../engine/ports/store.ts';
import { aTask, useFreshStore } from './store-fixtures.ts';

/** Part of the store contract: Camunda's task filters (`match`), `sort` and `countTasks`. */
export function describeTaskMatchContract(makeStore: () => Promise<Store>): void {
  describe('Camunda task filters', () => {
    const store = useFreshStore(makeStore);
    const tasks = [
      aTask({
        id: 'a',
        instanceId: 'i1',
        businessKey: 'order-17',
        elementId: 'answer-call',
        name: 'Answer the call',
        assignee: 'ana',
        candidateGroups: ['front-office'],
        priority: 70,
        dueAt: 5_000,
        createdAt: 1_000,
      }),
      aTask({
        id: 'b',
        instanceId: 'i2',
        businessKey: 'order-18',
        definitionId: 'refund:1',
        processId: 'refund',
        elementId: 'check-refund',
        name: 'Check the refund',
        candidateUsers: ['bob'],
        priority: 30,
        followUpAt: 3_000,
        createdAt: 2_000,
      }),
      aTask({
        id: 'c',
        instanceId: 'i3',
        businessKey: null,
        elementId: 'answer-mail',
        name: null,
        candidateGroups: ['back-office'],
        candidateUsers: ['ana'],
        priority: 50,
        dueAt: 4_000,
        followUpAt: 9_000,
        createdAt: 3_000,
      }),
    ];
    const found = async (match: TaskMatch, query: TaskQuery = {}) => {
      await store().commit({ tasks });
      return (await store().listTasks({ ...query, match })).map((t) => t.id).sort();
    };

    it.each<[string, TaskMatch, string[]]>([
      ['ids', { ids: ['a', 'c', 'x'] }, ['a', 'c']],
      ['no ids', { ids: [] }, []],
      ['instances', { instanceIds: ['i2'] }, ['b']],
      ['business keys', { businessKeys: ['order-17', 'order-18'] }, ['a', 'b']],
      ['a business key pattern', { businessKeyLike: 'order-1_' }, ['a', 'b']],
      ['processes', { processIds: ['refund'] }, ['b']],
      ['definitions', { definitionIds: ['refund:1'] }, ['b']],
      ['elements', { elementIds: ['answer-mail'] }, ['c']],
      ['an element pattern', { elementIdLike: 'answer-%' }, ['a', 'c']],
      ['a name', { name: 'Answer the call' }, ['a']],
      ['a case-sensitive name pattern', { nameLike: '%the%' }, ['a', 'b']],
      ['no match for another case', { nameLike: 'answer%' }, []],
      ['assignees', { assignees: ['ana'] }, ['a']],
      ['an assignee pattern', { assigneeLike: 'a%' }, ['a']],
      ['assigned', { assigned: true }, ['a']],
      ['unassigned', { assigned: false }, ['b', 'c']],
      [
        'offered to a user or groups',
        { offeredTo: { userId: 'bob', groups: ['back-office'] } },
        ['b', 'c'],
      ],
      ['offered to nobody asked', { offeredTo: { groups: [] } }, []],
      ['with candidate groups', { withCandidateGroups: true }, ['a', 'c']],
      ['without candidate groups', { withCandidateGroups: false }, ['b']],
      ['with candidate users', { withCandidateUsers: true }, ['b', 'c']],
      ['without candidate users', { withCandidateUsers: false }, ['a']],
      ['an involved user', { involvedUser: 'ana' }, ['a', 'c']],
      ['a priority', { priority: 50 }, ['c']],
      ['a priority range', { minPriority: 40, maxPriority: 70 }, ['a', 'c']],
      ['a due date', { dueAt: 4_000 }, ['c']],
      ['no due date', { withoutDue: true }, ['b']],
      ['a follow-up date', { followUpAt: 3_000 }, ['b']],
      ['a follow-up window', { followUpAfter: 2_000, followUpBefore: 5_000 }, ['b']],
      ['follow-up before or none', { followUpBeforeOrNone: 5_000 }, ['a', 'b']],
      ['a creation time', { createdAt: 2_000 }, ['b']],
    ])('matches %s', async (_, match, expected) => {
      expect(await found(match)).toEqual(expected);
    });

    it('sorts by any key in either direction, nulls as the largest value, and pages after sorting', async () => {
      await store().commit({ tasks });
      const ids = async (sort: TaskQuery['sort'], page: Partial<TaskQuery> = {}) =>
        (await store().listTasks({ sort, ...page })).map((t) => t.id);
      expect(await ids([{ by: 'priority', descending: true }])).toEqual(['a', 'c', 'b']);
      expect(await ids([{ by: 'due' }])).toEqual(['c', 'a', 'b']);
      expect(await ids([{ by: 'due', descending: true }])).toEqual(['b', 'a', 'c']);
      expect(await ids([{ by: 'name' }])).toEqual(['a', 'b', 'c']);
      expect(await ids([{ by: 'created', descending: true }], { offset: 1, limit: 1 })).toEqual([
        'b',
      ]);
    });

    it('counts what a query would list, without paging', async () => {
      await store().commit({ tasks });
      expect(await store().countTasks({ match: { assigned: false }, limit: 1 })).toBe(2);
      expect(await store().countTasks({ state: 'open' })).toBe(3);
      expect(await store().countTasks({ match: { ids: [] } })).toBe(0);
    });
  });
}
