import type { EventDefinition, TextOrExpression } from './graph.ts';
import { conditionOf, textOrExpression, type CompileContext } from './expression-text.ts';
import { body, child, children, flag, refId, text, type ModdleElement } from './moddle.ts';

/**
 * Event definitions (BPMN 2.0 §10.5.5), with their references resolved to what the runtime
 * matches on: error and escalation codes, message and signal names.
 */

/**
 * The definitions of an event, inline and referenced (`eventDefinitionRefs`). A definition
 * Promesa cannot execute (cancel) is reported as `unsupported-element`.
 */
export function eventDefinitions(event: ModdleElement, ctx: CompileContext): EventDefinition[] {
  const result: EventDefinition[] = [];
  for (const definition of [
    ...children(event, 'eventDefinitions'),
    ...children(event, 'eventDefinitionRefs'),
  ]) {
    const compiled = eventDefinition(event, definition, ctx);
    if (compiled) result.push(compiled);
  }
  return result;
}

function eventDefinition(
  event: ModdleElement,
  definition: ModdleElement,
  ctx: CompileContext,
): EventDefinition | undefined {
  const id = event.id ?? event.$type;
  switch (definition.$type) {
    case 'bpmn:TerminateEventDefinition':
      return { kind: 'terminate' };
    case 'bpmn:ErrorEventDefinition': {
      const error = child(definition, 'errorRef');
      // Camunda uses an errorRef that points to nothing as the error code itself.
      const errorCode =
        text(error, 'errorCode') ??
        (error ? undefined : ctx.unresolved.get(definition)?.get('errorRef'));
      const errorName = text(error, 'name');
      const errorMessage = text(error, 'camunda:errorMessage');
      const codeVariable = text(definition, 'camunda:errorCodeVariable');
      const messageVariable = text(definition, 'camunda:errorMessageVariable');
      return {
        kind: 'error',
        ...(errorCode !== undefined && { errorCode }),
        ...(errorName !== undefined && { errorName }),
        ...(errorMessage !== undefined && { errorMessage }),
        ...(codeVariable !== undefined && { codeVariable }),
        ...(messageVariable !== undefined && { messageVariable }),
      };
    }
    case 'bpmn:EscalationEventDefinition': {
      const escalation = child(definition, 'escalationRef');
      const escalationCode =
        text(escalation, 'escalationCode') ??
        (escalation ? undefined : ctx.unresolved.get(definition)?.get('escalationRef'));
      const codeVariable = text(definition, 'camunda:escalationCodeVariable');
      return {
        kind: 'escalation',
        ...(escalationCode !== undefined && { escalationCode }),
        ...(codeVariable !== undefined && { codeVariable }),
      };
    }
    case 'bpmn:MessageEventDefinition': {
      const messageName = referencedName(definition, 'messageRef', ctx);
      return { kind: 'message', ...(messageName !== undefined && { messageName }) };
    }
    case 'bpmn:SignalEventDefinition': {
      const signalName = referencedName(definition, 'signalRef', ctx);
      return { kind: 'signal', ...(signalName !== undefined && { signalName }) };
    }
    case 'bpmn:TimerEventDefinition':
      return timerDefinition(definition);
    case 'bpmn:LinkEventDefinition':
      // Links pair by name within a scope (§10.5.5); fall back to the event's own name.
      return { kind: 'link', linkName: text(definition, 'name') ?? text(event, 'name') ?? id };
    case 'bpmn:CompensateEventDefinition': {
      const activityRef = refId(definition, 'activityRef', ctx.unresolved);
      const waitForCompletion = flag(definition, 'waitForCompletion');
      return {
        kind: 'compensate',
        ...(activityRef !== undefined && { activityRef }),
        ...(waitForCompletion !== undefined && { waitForCompletion }),
      };
    }
    case 'bpmn:ConditionalEventDefinition': {
      const compiled = conditionOf(child(definition, 'condition'), id, ctx);
      return { kind: 'conditional', ...compiled };
    }
    default: {
      const what = definition.$type
        .replace(/^bpmn:/, '')
        .replace(/EventDefinition$/, '')
        .toLowerCase();
      ctx.problems.error(
        'unsupported-element',
        `'${id}' is a ${what} event, which Promesa does not support`,
        id,
      );
      return undefined;
    }
  }
}

/** The name of a referenced message or signal; its id when unnamed; the raw reference when missing. */
function referencedName(
  definition: ModdleElement,
  property: string,
  ctx: CompileContext,
): string | undefined {
  const raw = ctx.unresolved.get(definition)?.get(property);
  // A QName reference (`tns:newInvoice`) names the element by its local id.
  const target =
    child(definition, property) ??
    (raw ? ctx.rootElements?.get(raw.slice(raw.indexOf(':') + 1)) : undefined);
  if (target) return text(target, 'name') ?? target.id;
  return raw;
}

function timerDefinition(definition: ModdleElement): EventDefinition {
  const timer: {
    kind: 'timer';
    timeDate?: TextOrExpression;
    timeDuration?: TextOrExpression;
    timeCycle?: TextOrExpression;
  } = { kind: 'timer' };
  for (const field of ['timeDate', 'timeDuration', 'timeCycle'] as const) {
    const source = body(child(definition, field));
    if (source !== undefined) timer[field] = textOrExpression(source);
  }
  return timer;
}

/** Message name of a receive or send task's `messageRef`, when it has one. */
export function taskMessageName(task: ModdleElement, ctx: CompileContext): string | undefined {
  return referencedName(task, 'messageRef', ctx);
}
