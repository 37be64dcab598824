import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ModelError } from '../errors.ts';
import { loadDefinitions, type LoadResult } from './load.ts';

/**
 * The conformance corpus in test/corpus/ (real BPMN files by other people, kept unmodified): every file
 * loads or is refused with named problems. Nothing may crash with a TypeError.
 */

const CORPUS = new URL('../../test/corpus/', import.meta.url);

function files(folder: string, pattern: RegExp): string[] {
  const entries = readdirSync(new URL(folder, CORPUS), { recursive: true, encoding: 'utf8' });
  return entries
    .filter((name) => pattern.test(name))
    .map((name) => `${folder}${name}`)
    .sort();
}

/** Loads a corpus file: its graphs, or the ModelError that refused it. Anything else fails the test. */
async function load(path: string): Promise<LoadResult | ModelError> {
  const xml = readFileSync(new URL(path, CORPUS), 'utf8');
  try {
    return await loadDefinitions(xml);
  } catch (error) {
    if (error instanceof ModelError) return error;
    throw error;
  }
}

function expectNamedProblems(outcome: LoadResult | ModelError): void {
  const problems =
    outcome instanceof ModelError ? (outcome.details.problems ?? []) : outcome.warnings;
  if (outcome instanceof ModelError) expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems) {
    expect(problem.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(problem.message.length).toBeGreaterThan(0);
  }
}

describe('conformance corpus', () => {
  const miwg = files('miwg/', /\.bpmn$/);
  const camunda = files('camunda/', /\.bpmn(20\.xml)?$/);
  const engine = files('engine/', /\.bpmn$/);

  it('finds the corpus', () => {
    expect([miwg.length, camunda.length, engine.length]).toEqual([21, 131, 60]);
  });

  it.each(miwg)('%s loads or is refused with named problems', async (path) => {
    expectNamedProblems(await load(path));
  });

  it.each(engine)('%s loads or is refused with named problems', async (path) => {
    expectNamedProblems(await load(path));
  });

  it.each(camunda)('%s loads or is refused with named problems', async (path) => {
    expectNamedProblems(await load(path));
  });

  it('loads every Camunda oracle model except the one its upstream test expects to be refused', async () => {
    const refused: Record<string, string[]> = {};
    for (const path of camunda) {
      const outcome = await load(path);
      if (outcome instanceof ModelError)
        refused[path] = (outcome.details.problems ?? []).map((p) => `${p.code}@${p.elementId}`);
    }
    expect(refused).toEqual({
      'camunda/ExternalTaskParseTest.testParseExternalTaskWithoutTopic.bpmn20.xml': [
        'missing-topic@externalTask',
      ],
    });
  });
});
