import { compileExpression, isExpression } from '../expressions/evaluate.ts';
import { parseDuration, resolveDueDate } from '../timers/iso8601.ts';
import type { FlowNode, TextOrExpression } from './graph.ts';
import type { ProblemCollector } from './problems.ts';
import { timerSyntaxError } from './timer-syntax.ts';

/**
 * Values written literally in a diagram that are known at deployment: timers, a request's
 * promise, and a user task's due date, follow-up date and priority. One that can never parse refuses the deployment, so a
 * typo fails there and not in a token months later. Expressions (`${...}`, `=...`) are only
 * known at run time and are not checked here.
 */
export function checkLiterals(node: FlowNode, problems: ProblemCollector): void {
  checkTimers(node, problems);
  checkPromise(node.properties.promise, node.id, problems);
  const task = node.userTask;
  if (!task) return;
  const dates = [
    ['dueDate', 'invalid-due-date'],
    ['followUpDate', 'invalid-follow-up-date'],
  ] as const;
  for (const [field, code] of dates) {
    const value = literal(task[field]);
    if (value !== undefined && value !== '' && !parsesAsDueDate(value))
      problems.error(
        code,
        `The ${field} of '${node.id}' is invalid: '${value}' is neither an ISO 8601 duration such as PT3M nor a date-time such as 2030-01-31T09:00:00Z`,
        node.id,
      );
  }
  const priority = literal(task.priority);
  if (priority !== undefined && priority !== '' && !Number.isFinite(Number(priority)))
    problems.error(
      'invalid-priority',
      `The priority of '${node.id}' is invalid: '${priority}' is not a number`,
      node.id,
    );
}

/**
 * A request's promise (`runtime/request-promise.ts`) is an ISO 8601 duration, or an expression
 * that gives one at run time (`${slaPolicy('phone-immediate')}`), which must at least parse.
 */
export function checkPromise(
  value: string | undefined,
  elementId: string,
  problems: ProblemCollector,
): void {
  if (value === undefined) return;
  if (isExpression(value)) {
    try {
      compileExpression(value);
    } catch (error) {
      problems.error(
        'invalid-promise',
        `The promise of '${elementId}' is invalid: ${(error as Error).message}`,
        elementId,
      );
    }
    return;
  }
  try {
    parseDuration(value.trim());
  } catch {
    problems.error(
      'invalid-promise',
      `The promise of '${elementId}' is invalid: '${value}' is not an ISO 8601 duration such as PT3M or P1D`,
      elementId,
    );
  }
}

function checkTimers(node: FlowNode, problems: ProblemCollector): void {
  for (const definition of node.eventDefinitions) {
    if (definition.kind !== 'timer') continue;
    const fields = (['timeDate', 'timeDuration', 'timeCycle'] as const).filter(
      (f) => definition[f] !== undefined,
    );
    if (fields.length === 0)
      problems.error(
        'invalid-timer',
        `Timer '${node.id}' has no timeDate, timeDuration or timeCycle`,
        node.id,
      );
    for (const field of fields) {
      const value = literal(definition[field]);
      const error = value === undefined ? undefined : timerSyntaxError(field, value);
      if (error)
        problems.error(
          'invalid-timer',
          `The ${field} of '${node.id}' is invalid: ${error}`,
          node.id,
        );
    }
  }
}

function literal(value: TextOrExpression | undefined): string | undefined {
  return value && 'literal' in value ? value.literal.trim() : undefined;
}

/** Parsed by the same code that computes the date when the task is created. */
function parsesAsDueDate(text: string): boolean {
  try {
    resolveDueDate(text, 0);
    return true;
  } catch {
    return false;
  }
}
