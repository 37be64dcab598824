import type { ExecutableGraph } from './model/graph.ts';
import type { SlaPolicy } from './ports/sla-policies.ts';

/**
 * Which processes read an SLA policy, known from their diagrams: every `slaPolicy(...)` call in
 * an expression or property, its arguments read as written. A quoted argument is a literal; any
 * other (a variable, `execution.getVariable('channel')`) could be anything when it runs:
 *
 * - `slaPolicy('phone-immediate')` reads that policy; `slaPolicy(id)` could read any.
 * - `slaPolicy(touchpoint, 'first-response')` reads the policies of that kind for that touchpoint
 *   (any touchpoint, when it is not a literal) and the one of that kind for any touchpoint, its
 *   fallback; a kind that is not a literal could be either kind.
 */
export interface PolicyCall {
  /** `slaPolicy(id)`: the id, or `undefined` when it is not a literal. */
  id?: string;
  /** `slaPolicy(touchpoint, kind)`: a literal's value (null for `null`), `undefined` otherwise. */
  touchpoint?: string | null;
  kind?: string;
  /** Which form the call has. */
  arity: 1 | 2;
}

const calls = new WeakMap<ExecutableGraph, PolicyCall[]>();

/** Every `slaPolicy(...)` call in the process's expressions and properties. */
export function policyCalls(graph: ExecutableGraph): PolicyCall[] {
  let found = calls.get(graph);
  if (!found) {
    found = [];
    collect(graph, new Set(), found);
    calls.set(graph, found);
  }
  return found;
}

/** True when a process making `calls` may read `policy` on some run. */
export function mayRead(
  calls: readonly PolicyCall[],
  policy: Pick<SlaPolicy, 'id' | 'touchpoint' | 'kind'>,
): boolean {
  return calls.some((call) => {
    if (call.arity === 1) return call.id === undefined || call.id === policy.id;
    if (call.kind !== undefined && call.kind !== policy.kind) return false;
    return (
      call.touchpoint === undefined ||
      policy.touchpoint === null ||
      call.touchpoint === policy.touchpoint
    );
  });
}

/**
 * True when a process making `calls` could find no policy on some run once `removed` is gone
 * and `remaining` are left: a call naming it by id, or by touchpoint and kind when neither
 * a policy of that touchpoint nor the fallback of that kind for any touchpoint remains (a
 * touchpoint's own policy can go while the fallback stays: its requests get the fallback).
 */
export function leftWithout(
  calls: readonly PolicyCall[],
  removed: Pick<SlaPolicy, 'id' | 'touchpoint' | 'kind'>,
  remaining: readonly Pick<SlaPolicy, 'touchpoint' | 'kind'>[],
): boolean {
  return calls.some((call) => {
    if (!mayRead([call], removed)) return false;
    if (call.arity === 1) return true;
    const ofKind = remaining.filter((p) => p.kind === removed.kind);
    if (ofKind.some((p) => p.touchpoint === null)) return false;
    // No fallback left: a call whose touchpoint is not a literal may meet any touchpoint.
    return call.touchpoint === undefined || !ofKind.some((p) => p.touchpoint === call.touchpoint);
  });
}

function collect(value: unknown, seen: Set<object>, found: PolicyCall[]): void {
  if (typeof value === 'string') {
    for (const args of callArguments(value)) found.push(toCall(args));
    return;
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  for (const item of Object.values(value)) collect(item, seen, found);
}

const CALL = /\bslaPolicy\s*\(/g;

/** The arguments of each `slaPolicy(` call in `text`, split at the commas between them. */
function callArguments(text: string): string[][] {
  const found: string[][] = [];
  for (const match of text.matchAll(CALL)) {
    const args: string[] = [];
    let depth = 0;
    let quote: string | null = null;
    let current = '';
    for (let i = match.index + match[0].length; i < text.length; i++) {
      const ch = text[i]!;
      if (quote) {
        current += ch;
        if (ch === '\\') current += text[++i] ?? '';
        else if (ch === quote) quote = null;
      } else if (ch === "'" || ch === '"') {
        quote = ch;
        current += ch;
      } else if (ch === '(' || ch === '[') {
        depth++;
        current += ch;
      } else if ((ch === ')' || ch === ']') && depth > 0) {
        depth--;
        current += ch;
      } else if (ch === ')') {
        args.push(current.trim());
        found.push(args);
        break;
      } else if (ch === ',' && depth === 0) {
        args.push(current.trim());
        current = '';
      } else current += ch;
    }
  }
  return found;
}

function toCall(args: string[]): PolicyCall {
  if (args.length <= 1) return { arity: 1, id: literal(args[0] ?? '') ?? undefined };
  const touchpoint = args[0] === 'null' ? null : literal(args[0]!);
  return { arity: 2, touchpoint, kind: literal(args[1]!) ?? undefined };
}

/** A quoted string's value; `undefined` for anything else. */
function literal(arg: string): string | undefined {
  const quoted = /^(['"])(.*)\1$/s.exec(arg);
  return quoted ? quoted[2]!.replace(/\\(.)/g, '$1') : undefined;
}
