import { describe, expect, it } from 'vitest';
import type { InstanceMatch, InstanceQuery, Store, Variables } from '../../engine/index.ts';
import { anInstance, useFreshStore } from './store-fixtures.ts';

/** A snapshot whose process scope holds `variables`, shaped as the engine stores it. */
const holding = (variables: Variables, nested: Variables = {}) => ({
  value: 'active',
  context: {
    rootScopeId: 'scope-1',
    scopes: { 'scope-1': { variables }, 'scope-2': { parentId: 'scope-1', variables: nested } },
  },
});

/** Part of the store contract: Camunda's instance filters (`match`), `sort` and `countInstances`. */
export function describeInstanceMatchContract(makeStore: () => Promise<Store>): void {
  describe('Camunda instance filters', () => {
    const store = useFreshStore(makeStore);
    const instances = [
      anInstance({
        id: 'i1',
        businessKey: 'order-17',
        snapshot: holding({ orderId: 'X', amount: 120, vip: true, note: null }),
        startedAt: 1_000,
      }),
      anInstance({
        id: 'i2',
        processId: 'refund',
        definitionId: 'refund:1',
        businessKey: 'order-18',
        snapshot: holding({ orderId: 'Y', amount: 80 }, { orderId: 'X' }),
        startedAt: 2_000,
      }),
      anInstance({
        id: 'i3',
        businessKey: null,
        snapshot: holding({ orderId: 120, amount: 'many' }),
        startedAt: 3_000,
        endedAt: 4_000,
        status: 'completed',
      }),
    ];
    const found = async (match: InstanceMatch, query: InstanceQuery = {}) => {
      for (const record of instances)
        await store().commit({ instance: { record, expectedVersion: null } });
      return (await store().listInstances({ ...query, match })).map((i) => i.id).sort();
    };
    const v = (name: string, operator: string, value: unknown) =>
      ({ variables: [{ name, operator, value }] }) as InstanceMatch;

    it.each<[string, InstanceMatch, string[]]>([
      ['ids', { ids: ['i1', 'i3'] }, ['i1', 'i3']],
      ['processes', { processIds: ['refund'] }, ['i2']],
      ['other processes', { notProcessIds: ['refund'] }, ['i1', 'i3']],
      ['definitions', { definitionIds: ['refund:1'] }, ['i2']],
      ['a business key pattern', { businessKeyLike: 'order-1%' }, ['i1', 'i2']],
      ['statuses', { statuses: ['completed', 'cancelled'] }, ['i3']],
      ['an end before', { endedBefore: 4_001 }, ['i3']],
      ['an end strictly after', { endedAfter: 4_000 }, []],
      ['a process variable, not a nested one', v('orderId', 'eq', 'X'), ['i1']],
      ['a string never equal to a number', v('orderId', 'eq', '120'), []],
      ['a number', v('orderId', 'eq', 120), ['i3']],
      ['a boolean', v('vip', 'eq', true), ['i1']],
      ['a null value, not a missing variable', v('note', 'eq', null), ['i1']],
      ['inequality of an existing variable', v('orderId', 'neq', 'X'), ['i2', 'i3']],
      ['a numeric bound', v('amount', 'gt', 80), ['i1']],
      ['an inclusive bound', v('amount', 'gteq', 80), ['i1', 'i2']],
      ['an upper bound', v('amount', 'lteq', 100), ['i2']],
      ['a string bound', v('orderId', 'lt', 'Y'), ['i1']],
      ['a case-sensitive pattern', v('amount', 'like', 'm%'), ['i3']],
      ['a pattern that does not match', v('orderId', 'notLike', 'X'), ['i2']],
      [
        'every condition at once',
        {
          variables: [
            { name: 'amount', operator: 'gt', value: 50 },
            { name: 'vip', operator: 'eq', value: true },
          ],
        },
        ['i1'],
      ],
    ])('matches %s', async (_, match, expected) => {
      expect(await found(match)).toEqual(expected);
    });

    it('sorts by any key in either direction and counts without paging', async () => {
      await found({});
      const ids = async (sort: InstanceQuery['sort'], page: Partial<InstanceQuery> = {}) =>
        (await store().listInstances({ sort, ...page })).map((i) => i.id);
      expect(await ids([{ by: 'businessKey', descending: true }])).toEqual(['i3', 'i2', 'i1']);
      expect(await ids([{ by: 'ended' }])).toEqual(['i3', 'i1', 'i2']);
      expect(await ids([{ by: 'processId' }, { by: 'started', descending: true }])).toEqual([
        'i3',
        'i1',
        'i2',
      ]);
      expect(await ids(undefined, { offset: 1, limit: 1 })).toEqual(['i2']);
      expect(await store().countInstances({ match: v('orderId', 'neq', 'X'), limit: 1 })).toBe(2);
    });
  });
}
