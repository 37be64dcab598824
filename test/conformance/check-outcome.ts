/**
 * Compares an observed run with its expectation and lists every mismatch as a sentence, so one
 * failing test shows all that differs at once.
 */
import { FakeClock } from '../support/fake-clock.ts';
import { parseRef, type ElementRef } from './corpus.ts';
import type { Drive, ExpectedTask, Expectation } from './drive.ts';
import type { Completion, Observation } from './run-drive.ts';

/** Instance states that mean "the instance ends": a terminate end event ends it as `terminated`. */
const ENDED = new Set(['completed', 'terminated']);

/**
 * A called instance whose call activity was interrupted (a boundary event, an error caught by the
 * caller) is cancelled with it: Camunda deletes it, and the corpus counts it as ended.
 */
function ended(instance: { status: string; parentInstanceId?: string | null }): boolean {
  return (
    ENDED.has(instance.status) || (instance.status === 'cancelled' && !!instance.parentInstanceId)
  );
}

export function checkOutcome(expected: Expectation, drive: Drive, seen: Observation): string[] {
  const problems: string[] = [];
  const allEnded = seen.instances.length > 0 && seen.instances.every(ended);
  if (allEnded !== expected.completes) {
    const states =
      seen.instances.map((i) => `${i.processId}: ${i.status}`).join(', ') || 'no instance';
    problems.push(
      `expected the instances ${expected.completes ? 'to end' : 'not all to end'}, got ${states}`,
    );
  }
  problems.push(...checkVisits(expected, seen.completions));
  for (const ref of expected.notVisited.map(parseRef)) {
    if (seen.completions.some((c) => matches(ref, c)))
      problems.push(`'${ref.text}' completed but must not`);
  }
  for (const ref of expected.waitsAt.map(parseRef)) {
    if (!seen.waits.some((w) => ref.ids.includes(w.elementId) && inScope(ref, w.root))) {
      problems.push(
        `'${ref.text}' never waited (active elements, jobs and subscriptions after each step)`,
      );
    }
  }
  problems.push(...checkIncidents(drive.expectIncidentAt ?? [], seen));
  if (drive.expectVariables) {
    for (const [name, value] of Object.entries(drive.expectVariables)) {
      const actual = seen.rootVariables?.[name];
      if (JSON.stringify(actual ?? null) !== JSON.stringify(value)) {
        problems.push(
          `variable '${name}' is ${JSON.stringify(actual)}, expected ${JSON.stringify(value)}`,
        );
      }
    }
  }
  for (const task of drive.expectTasks ?? []) problems.push(...checkTasks(task, seen));
  return problems;
}

function inScope(ref: ElementRef, root: boolean): boolean {
  return ref.scope === 'any' || (ref.scope === 'root') === root;
}

function matches(ref: ElementRef, completion: Completion): boolean {
  return ref.ids.includes(completion.elementId) && inScope(ref, completion.root);
}

/**
 * Every listed id must have completed. When `ordered`, the list must also be a subsequence of
 * the completions in `seq` order (a repeated id needs a repeated completion). Unlisted
 * completions are allowed: the corpus lists the path, not every start event of a called process.
 */
function checkVisits(expected: Expectation, completions: Completion[]): string[] {
  const refs = expected.visits.map(parseRef);
  const missing = refs.filter((ref) => !completions.some((c) => matches(ref, c)));
  if (missing.length > 0) return missing.map((ref) => `'${ref.text}' never completed`);
  if (!expected.ordered) return [];
  let from = 0;
  for (const ref of refs) {
    const at = completions.findIndex((c, i) => i >= from && matches(ref, c));
    if (at === -1) {
      const actual = completions.map((c) => c.elementId).join(', ');
      return [
        `completion order differs at '${ref.text}': expected ${expected.visits.join(', ')}; got ${actual}`,
      ];
    }
    from = at + 1;
  }
  return [];
}

function checkIncidents(expectedAt: string[], seen: Observation): string[] {
  const open = seen.openIncidents.map((i) => i.elementId);
  const problems = expectedAt
    .filter((id) => !open.includes(id))
    .map((id) => `no open incident at '${id}'`);
  const unexpected = seen.openIncidents.filter((i) => !expectedAt.includes(i.elementId));
  problems.push(
    ...unexpected.map((i) => `unexpected open incident at '${i.elementId}': ${i.message}`),
  );
  return problems;
}

function checkTasks(expected: ExpectedTask, seen: Observation): string[] {
  const tasks = seen.tasks.filter((t) => t.elementId === expected.elementId);
  const label = `task '${expected.elementId}'`;
  if (tasks.length === 0) return [`${label} was never created`];
  const problems: string[] = [];
  if (expected.count !== undefined && tasks.length !== expected.count) {
    problems.push(`${label} was created ${tasks.length} times, expected ${expected.count}`);
  }
  const first = tasks[0]!;
  if (expected.assignee !== undefined && first.assignee !== expected.assignee) {
    problems.push(
      `${label} assignee is ${JSON.stringify(first.assignee)}, expected '${expected.assignee}'`,
    );
  }
  if (expected.assignees !== undefined) {
    const actual = tasks.map((t) => t.assignee ?? '').sort();
    if (JSON.stringify(actual) !== JSON.stringify([...expected.assignees].sort())) {
      problems.push(
        `${label} assignees are ${actual.join(', ')}, expected ${expected.assignees.join(', ')}`,
      );
    }
  }
  if (
    expected.candidateUsers !== undefined &&
    !sameSet(first.candidateUsers, expected.candidateUsers)
  ) {
    problems.push(
      `${label} candidate users are ${first.candidateUsers.join(', ')}, expected ${expected.candidateUsers.join(', ')}`,
    );
  }
  if (
    expected.candidateGroups !== undefined &&
    !sameSet(first.candidateGroups, expected.candidateGroups)
  ) {
    problems.push(
      `${label} candidate groups are ${first.candidateGroups.join(', ')}, expected ${expected.candidateGroups.join(', ')}`,
    );
  }
  if (expected.priority !== undefined && first.priority !== expected.priority) {
    problems.push(`${label} priority is ${first.priority}, expected ${expected.priority}`);
  }
  if (expected.dueAfterCreation !== undefined) {
    const due = first.createdAt + durationMs(expected.dueAfterCreation);
    if (first.dueAt !== due)
      problems.push(`${label} is due ${iso(first.dueAt)}, expected ${iso(due)}`);
  }
  if (expected.dueAt !== undefined) {
    // Date.parse reads a zone-less date-time as local time, as Camunda does.
    const due = Date.parse(expected.dueAt);
    if (first.dueAt !== due)
      problems.push(`${label} is due ${iso(first.dueAt)}, expected ${iso(due)}`);
  }
  return problems;
}

function sameSet(actual: readonly string[], expected: readonly string[]): boolean {
  return actual.length === expected.length && expected.every((x) => actual.includes(x));
}

function durationMs(iso8601: string): number {
  const clock = new FakeClock(0);
  clock.advance(iso8601);
  return clock.now();
}

function iso(ms: number | null | undefined): string {
  return ms === null || ms === undefined ? String(ms) : new Date(ms).toISOString();
}
