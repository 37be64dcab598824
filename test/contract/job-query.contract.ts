import { describe, expect, it } from 'vitest';
import { PARKED_JOB_DUE_AT, type JobQuery, type Store } from '../../engine/ports/store.ts';
import { aJob, anInstance, useFreshStore } from './store-fixtures.ts';

/**
 * Part of the store contract: Camunda's job query (`/engine-rest/job`), every filter, sort key,
 * page and count in the store. A job's definition and process are its instance's, or a start
 * timer's own.
 */
export function describeJobQueryContract(makeStore: () => Promise<Store>): void {
  describe('job queries', () => {
    const store = useFreshStore(makeStore);
    const ids = async (query: JobQuery) => (await store().listJobs(query)).map((j) => j.id);
    const jobs = [
      aJob({ id: 'timer', dueAt: 500, retries: 3, createdAt: 10, priority: 20 }),
      aJob({
        id: 'async',
        kind: 'async-continuation',
        instanceId: 'instance-2',
        elementId: 'pay',
        dueAt: 2_000,
        retries: 1,
        payload: { type: 'async-before', lastError: 'CRM down' },
        createdAt: 20,
        priority: -5,
      }),
      aJob({
        id: 'parked',
        elementId: 'wait',
        dueAt: PARKED_JOB_DUE_AT,
        retries: 0,
        payload: { type: 'timer-boundary', boundaryId: 'wait-timer', lastError: 'boom' },
        createdAt: 30,
      }),
      aJob({
        id: 'start',
        instanceId: null,
        elementId: 'order-start',
        tokenId: null,
        dueAt: 1_500,
        payload: {
          type: 'timer-start',
          definitionId: 'refund:2',
          processId: 'refund',
          elementId: 'order-start',
        },
        createdAt: 5,
      }),
      aJob({
        id: 'internal',
        kind: 'internal',
        elementId: null,
        dueAt: 100,
        payload: { type: 'signal-throw', signalName: 'stop', notFor: [] },
        createdAt: 40,
      }),
    ];
    const now = 1_000;
    const cases: [string, JobQuery, string[]][] = [
      ['nothing: due order', {}, ['internal', 'timer', 'start', 'async', 'parked']],
      ['kind', { kind: 'timer' }, ['timer', 'start', 'parked']],
      ['instance', { instanceId: 'instance-1' }, ['internal', 'timer', 'parked']],
      ['ids', { match: { ids: ['async', 'start', 'x'] } }, ['start', 'async']],
      ['ids, none given', { match: { ids: [] } }, []],
      ['instances', { match: { instanceIds: ['instance-2'] } }, ['async']],
      [
        'kinds',
        { match: { kinds: ['timer', 'async-continuation'] } },
        ['timer', 'start', 'async', 'parked'],
      ],
      ['elements', { match: { elementIds: ['pay', 'wait'] } }, ['async', 'parked']],
      [
        "definitions: the instance's, or a start timer's own",
        { match: { definitionIds: ['refund:1', 'refund:2'] } },
        ['start', 'async'],
      ],
      [
        'processes',
        { match: { processIds: ['complaint-handling'] } },
        ['internal', 'timer', 'parked'],
      ],
      ['retries left', { match: { retriesLeft: true } }, ['internal', 'timer', 'start', 'async']],
      ['no retries left', { match: { retriesLeft: false } }, ['parked']],
      ['executable now', { match: { executable: { now, runnable: true } } }, ['internal', 'timer']],
      [
        'not executable now',
        { match: { executable: { now, runnable: false } } },
        ['start', 'async', 'parked'],
      ],
      [
        'due after, strict; a parked job has no due date',
        { match: { due: [{ operator: 'gt', at: 500 }] } },
        ['start', 'async'],
      ],
      [
        'due window',
        {
          match: {
            due: [
              { operator: 'gt', at: 100 },
              { operator: 'lt', at: 2_000 },
            ],
          },
        },
        ['timer', 'start'],
      ],
      [
        'created before, strict',
        { match: { created: [{ operator: 'lt', at: 20 }] } },
        ['timer', 'start'],
      ],
      ['failed', { match: { failed: true } }, ['async', 'parked']],
      ['not failed', { match: { failed: false } }, ['internal', 'timer', 'start']],
      ['error message', { match: { errorMessage: 'boom' } }, ['parked']],
      ['failed at an element', { match: { failedElementId: 'pay' } }, ['async']],
      [
        'failed at an element it did not fail at',
        { match: { failedElementId: 'order-start' } },
        [],
      ],
      [
        'sorted by retries, ties in due order',
        { sort: [{ by: 'retries' }] },
        ['parked', 'async', 'internal', 'timer', 'start'],
      ],
      [
        'sorted by due date descending, parked first',
        { sort: [{ by: 'dueAt', descending: true }] },
        ['parked', 'async', 'start', 'timer', 'internal'],
      ],
      [
        'sorted by instance, none last',
        { sort: [{ by: 'instanceId' }] },
        ['internal', 'timer', 'parked', 'async', 'start'],
      ],
      [
        'sorted by definition descending, then id',
        { sort: [{ by: 'definitionId', descending: true }, { by: 'id' }] },
        ['start', 'async', 'internal', 'parked', 'timer'],
      ],
      [
        'sorted by process',
        { sort: [{ by: 'processId' }, { by: 'id', descending: true }] },
        ['timer', 'parked', 'internal', 'start', 'async'],
      ],
      ['paged', { offset: 1, limit: 3 }, ['timer', 'start', 'async']],
      [
        'priority at least, none is 0',
        { match: { priority: { atLeast: 0 } } },
        ['internal', 'timer', 'start', 'parked'],
      ],
      [
        'priority window',
        { match: { priority: { atLeast: -5, atMost: 0 } } },
        ['internal', 'start', 'async', 'parked'],
      ],
      [
        'sorted by priority descending, ties in due order',
        { sort: [{ by: 'priority', descending: true }] },
        ['timer', 'internal', 'start', 'parked', 'async'],
      ],
    ];

    it.each(cases)('by %s', async (_, query, expected) => {
      await store().commit({ instance: { record: anInstance(), expectedVersion: null } });
      await store().commit({
        instance: {
          record: anInstance({ id: 'instance-2', definitionId: 'refund:1', processId: 'refund' }),
          expectedVersion: null,
        },
        jobsToInsert: jobs,
      });
      expect(await ids(query)).toEqual(expected);
      // A priority reads back as written; 0 is left out, as new jobs have it.
      const [timer] = await store().listJobs({ id: 'timer' });
      expect(timer!.priority).toBe(20);
      expect('priority' in (await store().listJobs({ id: 'start' }))[0]!).toBe(false);
      const { offset: _offset, limit: _limit, ...unpaged } = query;
      expect(await store().countJobs(unpaged)).toBe((await ids(unpaged)).length);
    });
  });
}
