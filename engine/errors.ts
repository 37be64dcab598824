/** Where a problem sits in a diagram: the element, and the line when the parser knows it. */
export interface ProblemLocation {
  elementId?: string;
  line?: number;
  column?: number;
}

export interface ErrorDetails extends ProblemLocation {
  cause?: unknown;
  /** The offending request field, for errors raised on user input. */
  field?: string;
  /** The deployment resource (file) a refused diagram came in. */
  resource?: string;
  /** Named problems, for a model that failed validation. */
  problems?: readonly Problem[];
  /** The limit a refused request went past (see `limits.ts`), or a form field's bound. */
  limit?: number;
  /**
   * The rule a form value broke (`required`, its type such as `long`, `min`, `max`,
   * `minlength`, `maxlength`), so a page can say it in the user's language.
   */
  rule?: string;
  /** A task someone else holds: who. */
  assignee?: string;
  /** A task no longer open: who completed it and when (ISO 8601, as the API writes instants). */
  completedBy?: string;
  completedAt?: string;
  /** The deployed processes (ids) a refused change concerns: those still reading an SLA policy. */
  processes?: readonly string[];
  /** The same processes by their drawn names (the id where a diagram names none), for people. */
  processNames?: readonly string[];
}

/** A finding of the validator: `error` refuses a deployment, `warning` is kept with the version. */
export interface Problem extends ProblemLocation {
  severity: 'error' | 'warning';
  /** The request field a finding of an input check is about (a form field). */
  field?: string;
  /** The rule a form value broke (`required`, its type, `min`, ...) and its bound. */
  rule?: string;
  limit?: number;
  code: string;
  message: string;
}

export class EngineError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message, { cause: details.cause });
    this.name = new.target.name;
  }
}

/** A token is stuck on an element: kept, retried, shown to an operator. Never a dropped token. */
export class IncidentError extends EngineError {}

/** An expression failure at an element: the token stays where it is and an operator sees an incident. */
export function incident(message: string, elementId: string): IncidentError {
  return new IncidentError('incident', message, { elementId });
}
/** A business outcome thrown by an activity or a worker, caught by error boundary events. */
export class BpmnError extends EngineError {}
/** A diagram that cannot run: names the element and the line. */
export class ModelError extends EngineError {}
export class NotFoundError extends EngineError {}
/** The state changed under the caller: a task already completed, a concurrent writer won. */
export class ConflictError extends EngineError {}
export class ForbiddenError extends EngineError {}

/** What a suspension refuses to touch (Camunda's `SuspendedEntityInteractionException`). */
export type SuspendedEntity =
  | 'process instance'
  | 'process definition'
  | 'task'
  | 'external task'
  | 'job';

/**
 * Work on a suspended instance or definition, refused until it is activated: a conflict with
 * its state (409 on `/api`), `code` `suspended`.
 */
export class SuspendedError extends ConflictError {
  constructor(
    readonly entity: SuspendedEntity,
    readonly entityId: string,
    message = `The ${entity} ${entityId} is suspended`,
  ) {
    super('suspended', message);
  }
}
/** A request that breaks a rule of the engine (bad variables, wrong worker). */
export class InvalidRequestError extends EngineError {}

/** A task that is no longer open, with who completed it and when, for the 409 a person reads. */
export function taskNotOpen(task: {
  id: string;
  state: string;
  completedBy?: string | null;
  completedAt?: number | null;
}): ConflictError {
  return new ConflictError('task-not-open', `Task ${task.id} is already ${task.state}`, {
    completedBy: task.completedBy ?? undefined,
    completedAt: task.completedAt ? new Date(task.completedAt).toISOString() : undefined,
  });
}

/** A task someone else holds, with who, for the 409 a person reads. */
export function taskClaimed(task: { id: string; assignee?: string | null }): ConflictError {
  return new ConflictError('task-claimed', `Task ${task.id} is claimed by ${task.assignee}`, {
    assignee: task.assignee ?? undefined,
  });
}
