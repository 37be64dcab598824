/**
 * Reads the conformance corpus (`test/corpus/`, unmodified upstream files) and turns an `expected.json` entry (plus case and drive
 * overrides) into the expectation one generated test checks.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Entry, Expectation } from './drive.ts';

/** The corpus folder inside this repository, so a clone anywhere runs it. */
export const CORPUS_ROOT = new URL('../corpus/', import.meta.url);

export type CorpusName = 'camunda' | 'engine';

export interface ExpectedCase extends Partial<Expectation> {
  name: string;
  notes?: string;
}

export interface ExpectedEntry extends Expectation {
  notes: string;
  drive: string;
  cases?: ExpectedCase[];
  strictBpmnDiffers?: boolean | string;
  basis: string;
}

export function loadExpected(corpus: CorpusName): Record<string, ExpectedEntry> {
  return JSON.parse(
    readFileSync(new URL(`${corpus}/expected.json`, CORPUS_ROOT), 'utf8'),
  ) as Record<string, ExpectedEntry>;
}

export function corpusFileExists(corpus: CorpusName, file: string): boolean {
  return existsSync(new URL(`${corpus}/${file}`, CORPUS_ROOT));
}

export function readModel(corpus: CorpusName, file: string): string {
  return readFileSync(new URL(`${corpus}/${file}`, CORPUS_ROOT), 'utf8');
}

/** The test title: the file, and the case in brackets. */
export function entryTitle(entry: Pick<Entry, 'file' | 'case'>): string {
  return entry.case === undefined ? entry.file : `${entry.file} [${entry.case}]`;
}

/**
 * The outcome one entry must show. A case overrides the primary fields it names; a case that
 * names its own `visits` describes a different path, so the primary `notVisited` and `waitsAt`
 * do not carry over to it. `drive.expect` overrides last.
 */
export function expectationFor(expected: ExpectedEntry, entry: Entry): Expectation {
  let result: Expectation = {
    completes: expected.completes,
    visits: expected.visits,
    ordered: expected.ordered,
    waitsAt: expected.waitsAt,
    notVisited: expected.notVisited,
  };
  if (entry.case !== undefined) {
    const found = expected.cases?.find((c) => c.name === entry.case);
    if (!found) throw new Error(`${entry.file}: no case named '${entry.case}' in expected.json`);
    result =
      found.visits === undefined
        ? {
            ...result,
            completes: found.completes ?? result.completes,
            ordered: found.ordered ?? result.ordered,
            waitsAt: found.waitsAt ?? result.waitsAt,
            notVisited: found.notVisited ?? result.notVisited,
          }
        : {
            completes: found.completes ?? result.completes,
            ordered: found.ordered ?? result.ordered,
            visits: found.visits,
            waitsAt: found.waitsAt ?? [],
            notVisited: found.notVisited ?? [],
          };
  }
  const { why: _why, ...override } = entry.drive?.expect ?? { why: '' };
  return { ...result, ...override };
}

/** Where an element id of `visits`/`waitsAt`/`notVisited` may be found. */
export type RefScope = 'any' | 'root' | 'called';

export interface ElementRef {
  /** `a|b` lists alternatives: any one of them satisfies the reference. */
  ids: string[];
  scope: RefScope;
  text: string;
}

/**
 * Parses `id`, `id (explanation)` and `a|b` as the corpus README describes. `(parent)` binds the
 * id to the instance the test started; `(called ...)` and `(grandchild ...)` to called instances.
 */
export function parseRef(text: string): ElementRef {
  const id = text.split(/[\s(]/, 1)[0] ?? text;
  const explanation = text.slice(id.length);
  const scope: RefScope = /\bparent\b/.test(explanation)
    ? 'root'
    : /\b(called|grandchild)\b/.test(explanation)
      ? 'called'
      : 'any';
  return { ids: id.split('|'), scope, text };
}
