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
  /** The limit a refused request went past (see `limits.ts`). */
  limit?: number;
}

/** A finding of the validator: `error` refuses a deployment, `warning` is kept with the version. */
export interface Problem extends ProblemLocation {
  severity: 'error' | 'warning';
  /** The request field a finding of an input check is about (a form field). */
  field?: string;
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
/** A request that breaks a rule of the engine (bad variables, wrong worker). */
export class InvalidRequestError extends EngineError {}
