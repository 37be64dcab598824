import type { Variables } from '../../engine-interface.ts';
import {
  evaluateExpression,
  resolveText,
  type ExpressionContext,
} from '../../expressions/evaluate.ts';
import type { CallActivitySpec } from '../../model/graph.ts';
import { requestCall, type CalledVersion } from './call-link.ts';
import type { Behaviour } from '../../runtime/execution.ts';
import { incident } from '../../errors.ts';
import { beginActivity } from '../../runtime/io-mapping.ts';

/**
 * A call activity starts the called process (its latest version, the one deployed with the
 * caller, or a given version: `camunda:calledElementBinding`) and waits until it ends
 * (BPMN 2.0 §10.2.5, Camunda 7 semantics). `camunda:in` mappings are read here, in the caller;
 * the child is started by an internal job (`call-link.ts`), and its end comes back as one.
 */
export const callActivity: Behaviour = {
  enter(token, node, x) {
    beginActivity(token, node, x);
    const spec = node.callActivity;
    if (!spec) throw incident(`Call activity ${node.id} names no called process`, node.id);
    const context = x.expressionContext(token);
    const processId = resolveText(spec.calledElement, context);
    if (typeof processId !== 'string' || processId.trim() === '') {
      throw incident(
        `The called element of ${node.id} is not a process id: ${JSON.stringify(processId) ?? 'undefined'}`,
        node.id,
      );
    }
    // `camunda:in businessKey="#{execution.processBusinessKey}"`; without it the child has none.
    const key = spec.businessKey ? resolveText(spec.businessKey, context) : null;
    const scope = x.scopeOf(token);
    const variables: Variables = spec.inputAll ? x.visibleVariables(scope) : {};
    for (const mapping of spec.inputs) {
      // An unset source still crosses over, as null (Camunda).
      variables[mapping.target] = mapping.expression
        ? evaluateExpression(mapping.expression, context)
        : (x.lookup(scope, mapping.source!).value ?? null);
    }
    const version = calledVersion(spec, node.id, x.state.definitionId, context);
    requestCall(x, token, {
      processId: processId.trim(),
      ...(version && { version }),
      businessKey: key === null || key === undefined ? null : String(key),
      variables,
    });
  },
};

/** The binding's version (`camunda:calledElementBinding`); none for the latest. */
function calledVersion(
  spec: CallActivitySpec,
  nodeId: string,
  callerDefinitionId: string,
  context: ExpressionContext,
): CalledVersion | undefined {
  if (spec.binding === 'deployment') return { deployedWith: callerDefinitionId };
  if (spec.binding !== 'version') return undefined;
  const value = resolveText(spec.version!, context);
  const version =
    typeof value === 'number' ? value : Number(typeof value === 'string' ? value.trim() : NaN);
  if (!Number.isInteger(version) || version < 1) {
    throw incident(
      `The called element version of ${nodeId} is not a version number: ${JSON.stringify(value) ?? 'undefined'}`,
      nodeId,
    );
  }
  return { version };
}
