import { InvalidRequestError } from './errors.ts';
import type { Variables } from './engine-interface.ts';
import { DEFAULT_LIMITS, type EngineLimits } from './limits.ts';

/** Why a variable cannot be stored: a code, a message naming the limit, and the limit. */
export interface VariableProblem {
  code: 'variable-too-deep' | 'variable-too-large' | 'invalid-variable-name';
  message: string;
  limit?: number;
}

/**
 * Why a variable may not be stored, or undefined when it may. A value nested deeper than the
 * limit would make every later command on its instance fail (copying the state recurses), and
 * `__proto__` is not a name a plain object can hold. The walk keeps its own stack, so a value
 * deeper than the call stack is measured, not crashed on.
 */
export function variableProblem(
  name: string,
  value: unknown,
  limits: Pick<EngineLimits, 'variableDepth' | 'variableLength'> = DEFAULT_LIMITS,
): VariableProblem | undefined {
  if (name === '__proto__')
    return {
      code: 'invalid-variable-name',
      message: `'__proto__' cannot be used as a variable name`,
    };
  if (depthOf(value, limits.variableDepth) > limits.variableDepth)
    return {
      code: 'variable-too-deep',
      message: `Variable '${name}' nests deeper than the limit of ${limits.variableDepth} levels`,
      limit: limits.variableDepth,
    };
  const length = JSON.stringify(value)?.length ?? 0;
  if (length > limits.variableLength)
    return {
      code: 'variable-too-large',
      message: `Variable '${name}' is larger than the limit of ${limits.variableLength} characters of JSON`,
      limit: limits.variableLength,
    };
  return undefined;
}

/**
 * Refuses variables from outside (a request, a worker) with `InvalidRequestError` naming the
 * variable and the limit; the API answers it with a 400.
 */
export function checkVariables(
  variables: Variables | undefined,
  limits?: Pick<EngineLimits, 'variableDepth' | 'variableLength'>,
): void {
  for (const [name, value] of Object.entries(variables ?? {})) {
    const problem = variableProblem(name, value, limits);
    if (problem)
      throw new InvalidRequestError(problem.code, problem.message, {
        field: `variables.${name}`,
        ...(problem.limit === undefined ? {} : { limit: problem.limit }),
      });
  }
}

/** The nesting depth of a value, counted up to `stopAfter + 1` (a scalar is 0). */
function depthOf(value: unknown, stopAfter: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest > stopAfter) return deepest;
    for (const child of Object.values(current)) stack.push([child, level]);
  }
  return deepest;
}
