import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { en } from '../../modeler/src/i18n/en.ts';
import { es } from '../../modeler/src/i18n/es.ts';

const catalogues = { en, es } as Record<string, Record<string, unknown>>;
const sourceRoot = new URL('../../modeler/src/', import.meta.url).pathname;

/** The `{name}` placeholders of a message, plural forms together. */
function placeholders(message: unknown): string[] {
  const text = typeof message === 'string' ? message : Object.values(message as object).join(' ');
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

/** Attributes a person reads or hears: their values must come from the catalogues too. */
const READ_ATTRIBUTES = new Set(['title', 'placeholder', 'aria-label', 'alt', 'label']);

/** Text written into JSX by hand (words, not punctuation) in `code`, each with its line. */
function literalsIn(code: string, name = 'probe.tsx'): string[] {
  const source = ts.createSourceFile(name, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) =>
    `${name}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text))
      found.push(`${where(node)} "${node.text.trim()}"`);
    if (
      ts.isJsxAttribute(node) &&
      READ_ATTRIBUTES.has(node.name.getText(source)) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      /\p{L}/u.test(node.initializer.text)
    )
      found.push(`${where(node)} ${node.name.getText(source)}="${node.initializer.text}"`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Every code the validator can give a problem (`problems.error('code', ...)`, `code: '...'`,
 * `refuse(xml, 'code', ...)` and the literal checks' table), read from its sources.
 */
function validatorCodes(): string[] {
  const dir = new URL('../../engine/model/', import.meta.url).pathname;
  const calls =
    /(?:\b(?:error|warn)\(|code: |refuse\(\s*xml,|\[\s*'\w+',)\s*'([a-z]+(?:-[a-z]+)+)'/g;
  const codes = readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .flatMap((name) =>
      [...readFileSync(join(dir, name), 'utf8').matchAll(calls)].map((m) => m[1]!),
    );
  return [...new Set(codes)].sort();
}

describe('message catalogues', () => {
  it('hold the same keys in Spanish and English, none empty', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const [language, catalogue] of Object.entries(catalogues))
      for (const [key, message] of Object.entries(catalogue)) {
        const forms = typeof message === 'string' ? [message] : Object.values(message as object);
        expect(
          forms.every((form) => String(form).trim() !== ''),
          `${language} ${key}`,
        ).toBe(true);
      }
  });

  it('fill the same placeholders in both languages, and give every plural an `other` form', () => {
    const mismatched = Object.keys(en).filter(
      (key) =>
        placeholders(en[key as keyof typeof en]).join() !==
        placeholders(es[key as keyof typeof es]).join(),
    );
    expect(mismatched).toEqual([]);
    for (const catalogue of Object.values(catalogues))
      for (const message of Object.values(catalogue))
        if (typeof message !== 'string') expect(message).toHaveProperty('other');
  });

  it("name every problem the validator reports, so a refused deploy reads in the user's language", () => {
    const codes = validatorCodes();
    expect(codes).toContain('invalid-timer');
    expect(codes).toContain('nesting-too-deep');
    expect(codes.filter((code) => !(`problems.${code}` in en))).toEqual([]);
  });

  it('are the only source of words in the app: no literal text in a component', () => {
    const files = tsxFiles(sourceRoot);
    expect(files.length).toBeGreaterThan(5);
    const found = files.flatMap((file) =>
      literalsIn(readFileSync(file, 'utf8'), relative(sourceRoot, file)),
    );
    expect(found).toEqual([]);
  });

  it('would catch a literal word or a literal title (the check itself works)', () => {
    expect(literalsIn('const x = <p title="Hello" class="a">Save now · {n}</p>;')).toEqual([
      'probe.tsx:1 title="Hello"',
      'probe.tsx:1 "Save now ·"',
    ]);
  });
});
