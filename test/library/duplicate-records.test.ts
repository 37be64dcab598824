import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startLibraryApp, type LibraryApp } from '../support/library-app.ts';

/** Two candidates the finder reports: records of sales, billing and service that may be one customer. */
const candidates = [
  { id: 'dup-1', sales: 'S-100', billing: 'B-7', service: 'V-31', name: 'Ana Ruiz' },
  { id: 'dup-2', sales: 'S-200', billing: 'B-9', service: null, name: 'J. Pérez' },
];

describe('the shipped duplicate customer records review', () => {
  let lib: LibraryApp;
  beforeEach(async () => {
    lib = await startLibraryApp();
  });
  afterEach(() => lib.close());

  it('has a person confirm each candidate, and merges each with the record they chose', async () => {
    const { id } = await lib.start('back', 'duplicate-records', { businessKey: 'review-2026-01' });
    await lib.work('find-duplicates', id, 'find-duplicates', { candidates });
    const { items } = await lib.json('back', 'GET', `/api/tasks?instanceId=${id}`);
    expect(items.map((task: { elementId: string }) => task.elementId)).toEqual([
      'confirm-merge',
      'confirm-merge',
    ]);
    // Each task shows the candidate it is about.
    const byCandidate: Record<string, string> = {};
    for (const task of items) {
      const detail = await lib.json('back', 'GET', `/api/tasks/${task.id}`);
      byCandidate[detail.variables.candidate.id] = task.id;
    }
    expect(Object.keys(byCandidate).sort()).toEqual(['dup-1', 'dup-2']);

    const confirm = async (candidate: string, variables: object) => {
      await lib.json('back', 'POST', `/api/tasks/${byCandidate[candidate]}/claim`, undefined, 204);
      await lib.json(
        'back',
        'POST',
        `/api/tasks/${byCandidate[candidate]}/complete`,
        { variables },
        204,
      );
    };
    await confirm('dup-1', { sameCustomer: true, keep: 'billing' });
    await confirm('dup-2', { sameCustomer: true, keep: 'sales' });
    // Each merge goes to the worker with its own candidate and the record to keep.
    const locked = await lib.json('developer', 'POST', '/api/external-tasks/fetch-and-lock', {
      workerId: 'merger',
      maxTasks: 5,
      topics: [{ topicName: 'merge-records', lockDuration: 60_000 }],
    });
    expect(
      locked.map((task: any) => [task.variables.candidate.id, task.variables.keep]).sort(),
    ).toEqual([
      ['dup-1', 'billing'],
      ['dup-2', 'sales'],
    ]);
    for (const task of locked)
      await lib.json(
        'developer',
        'POST',
        `/api/external-tasks/${task.id}/complete`,
        { workerId: 'merger' },
        204,
      );
    expect(await lib.where(id)).toMatchObject({ status: 'completed', activeElements: [] });
  });

  it('keeps apart the records a person says are different customers', async () => {
    const { id } = await lib.start('back', 'duplicate-records');
    await lib.work('find-duplicates', id, 'find-duplicates', { candidates: [candidates[1]] });
    await lib.complete('back', await lib.task('back', id, 'confirm-merge'), {
      sameCustomer: false,
    });
    // The records kept apart were never sent to the merge worker.
    expect(await lib.where(id)).toMatchObject({ status: 'completed', activeElements: [] });
  });

  it('ends at once when the finder reports no candidates', async () => {
    const { id } = await lib.start('back', 'duplicate-records');
    await lib.work('find-duplicates', id, 'find-duplicates', { candidates: [] });
    expect(await lib.where(id)).toMatchObject({ status: 'completed', activeElements: [] });
  });
});
