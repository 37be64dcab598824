import type { Behaviour } from '../../runtime/execution.ts';
import { evaluateExpression } from '../../expressions/evaluate.ts';
import { beginActivity } from '../../runtime/io-mapping.ts';
import { incident } from '../../errors.ts';

/** Milliseconds a JavaScript script may run before it becomes an incident. */
const SCRIPT_TIME_LIMIT_MS = 1000;

/** FEEL scripts always; JavaScript only when the server enables it, sandboxed with a time limit. */
export const scriptTask: Behaviour = {
  enter(token, node, x) {
    beginActivity(token, node, x);
    const script = node.script;
    if (!script) throw incident(`Script task ${node.id} has no script`, node.id);
    let result: unknown;
    if (script.format === 'feel') {
      const source = script.script.trim().startsWith('=')
        ? script.script.trim()
        : `=${script.script}`;
      result = evaluateExpression({ language: 'feel', source }, x.expressionContext(token));
    } else {
      if (!x.ctx.runScript)
        throw incident(`JavaScript script tasks are disabled on this server (${node.id})`, node.id);
      result = x.ctx.runScript(
        script.script,
        x.visibleVariables(x.scopeOf(token)),
        SCRIPT_TIME_LIMIT_MS,
      );
    }
    if (script.resultVariable) x.setVariable(x.scopeOf(token), script.resultVariable, result);
    x.leave(token);
  },
};
