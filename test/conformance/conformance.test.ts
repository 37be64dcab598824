/**
 * Generated conformance tests: one test per corpus file and per case of `expected.json`.
 * An entry runs when it has a drive and every feature it needs is supported; otherwise it is
 * listed as skipped with the reason in its title.
 */
import { describe, expect, it } from 'vitest';
import { startTestEngine } from '../support/test-engine.ts';
import { camundaEntries } from './camunda-drives.ts';
import { checkOutcome } from './check-outcome.ts';
import {
  corpusFileExists,
  entryTitle,
  expectationFor,
  loadExpected,
  readModel,
  type CorpusName,
  type ExpectedEntry,
} from './corpus.ts';
import type { Entry } from './drive.ts';
import { engineEntries } from './engine-drives.ts';
import { runDrive } from './run-drive.ts';
import { SUPPORTED_FEATURES } from './supported-features.ts';

const corpora: { corpus: CorpusName; entries: Entry[] }[] = [
  { corpus: 'camunda', entries: camundaEntries },
  { corpus: 'engine', entries: engineEntries },
];

for (const { corpus, entries } of corpora) {
  const expected = loadExpected(corpus);

  describe(`${corpus} corpus`, () => {
    it('has exactly one entry per expected.json file and per case', () => {
      const wanted = Object.entries(expected).flatMap(([file, e]) => [
        entryTitle({ file }),
        ...(e.cases ?? []).map((c) => entryTitle({ file, case: c.name })),
      ]);
      const written = entries.map(entryTitle);
      expect(written.filter((title, i) => written.indexOf(title) !== i)).toEqual([]);
      expect([...written].sort()).toEqual([...wanted].sort());
    });

    it('names only corpus files, and gives every entry a drive or a skip reason', () => {
      for (const entry of entries) {
        const files = [entry.file, ...(entry.drive?.deployWith ?? [])];
        expect(
          files.filter((f) => !corpusFileExists(corpus, f)),
          entryTitle(entry),
        ).toEqual([]);
        expect(entry.drive !== undefined || entry.skip !== undefined, entryTitle(entry)).toBe(true);
        expect(
          entry.drive?.expect === undefined || entry.drive.expect.why.length > 0,
          entryTitle(entry),
        ).toBe(true);
      }
    });

    for (const entry of entries) defineEntryTest(corpus, entry, expected[entry.file]);
  });
}

function defineEntryTest(
  corpus: CorpusName,
  entry: Entry,
  expectedEntry: ExpectedEntry | undefined,
): void {
  const title = entryTitle(entry);
  const missing = entry.needs.filter((feature) => !SUPPORTED_FEATURES.includes(feature));
  const { drive } = entry;
  // Skips are reported, never silent: the title carries the reason (a dialect Promesa does not
  // speak, or a feature not built yet), as the conformance corpus asks.
  if (entry.skip !== undefined || drive === undefined) {
    it.skip(`${title} (skipped: ${entry.skip ?? 'no drive'})`, () => {}); // reason in the title
    return;
  }
  if (missing.length > 0) {
    it.skip(`${title} (needs ${missing.join(', ')})`, () => {}); // reason in the title
    return;
  }
  if (expectedEntry === undefined) {
    it(title, () => expect.fail(`${entry.file} is not in ${corpus}/expected.json`));
    return;
  }

  it(title, async () => {
    const expectation = expectationFor(expectedEntry, entry);
    const testEngine = await startTestEngine();
    try {
      if (drive.expectDeployError !== undefined) {
        const failure = await testEngine.engine
          .deploy({ name: entry.file, xml: readModel(corpus, entry.file) })
          .then(
            () => undefined,
            (error: unknown) =>
              error as Error & {
                details?: { elementId?: string; problems?: { elementId?: string }[] };
              },
          );
        expect(failure, 'deploying must fail').toBeDefined();
        expect(failure?.name).toBe('ModelError');
        const named = [
          failure?.details?.elementId,
          ...(failure?.details?.problems ?? []).map((p) => p.elementId),
        ];
        expect(
          named.includes(drive.expectDeployError) ||
            failure?.message.includes(drive.expectDeployError),
        ).toBe(true);
        return;
      }
      const seen = await runDrive(testEngine, corpus, entry.file, drive);
      expect(checkOutcome(expectation, drive, seen)).toEqual([]);
    } finally {
      await testEngine.close();
    }
  });
}
