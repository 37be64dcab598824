import { ModelError, type Problem } from '../errors.ts';
import type { SourcePosition } from './lines.ts';

/**
 * Collects the loader's findings for one file. Every finding names its element when it has
 * one, and gets that element's line from the id index, so callers only say what is wrong.
 */
export class ProblemCollector {
  readonly problems: Problem[] = [];

  constructor(private readonly lines: ReadonlyMap<string, number> = new Map()) {}

  /** A finding that refuses the deployment. `at` overrides the element's line (parser positions). */
  error(code: string, message: string, elementId?: string, at?: SourcePosition): void {
    this.add('error', code, message, elementId, at);
  }

  /** A finding that is kept with the deployed version. */
  warn(code: string, message: string, elementId?: string, at?: SourcePosition): void {
    this.add('warning', code, message, elementId, at);
  }

  get errors(): Problem[] {
    return this.problems.filter((p) => p.severity === 'error');
  }

  get warnings(): Problem[] {
    return this.problems.filter((p) => p.severity === 'warning');
  }

  private add(
    severity: Problem['severity'],
    code: string,
    message: string,
    elementId?: string,
    at?: SourcePosition,
  ): void {
    const line = at?.line ?? (elementId === undefined ? undefined : this.lines.get(elementId));
    const problem: Problem = { severity, code, message };
    if (elementId !== undefined) problem.elementId = elementId;
    if (line !== undefined) problem.line = line;
    if (at?.column !== undefined) problem.column = at.column;
    this.problems.push(problem);
  }
}

/**
 * The error a refused model throws: the first error in the summary, all of them in `problems`.
 *
 * @example
 * throw invalidModel(collector.errors) // ModelError('invalid-model', "Flow 'f1' ... (and 2 more problems)")
 */
export function invalidModel(errors: readonly Problem[]): ModelError {
  const first = errors[0];
  const more =
    errors.length > 1
      ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})`
      : '';
  const summary = first ? `${first.message}${more}` : 'The model is invalid';
  return new ModelError('invalid-model', summary, {
    problems: errors,
    ...(first?.elementId !== undefined && { elementId: first.elementId }),
    ...(first?.line !== undefined && { line: first.line }),
  });
}
