/**
 * The step DSL of the generated conformance tests: each corpus file (and each of its `cases`) is
 * one `Entry`, written by hand from the file and its `drive` text in `expected.json`.
 * Entries are data; `run-drive.ts` executes them and `conformance.test.ts` checks the outcome.
 */
import type { Variables } from '../../engine/engine-interface.ts';

export type { Variables };

/** One command sent to the engine. After every step the runner records what waits where. */
export type Step =
  /** Start by process id; `null` = the file's only (first) executable process. */
  | { start: string | null; variables?: Variables; businessKey?: string; expectError?: string }
  /** Complete the oldest open user task of that element id (in any instance of the test), `times` times. */
  | { completeTask: string; variables?: Variables; times?: number }
  /** Move a token waiting at a receive task (or another wait state without a task) on. */
  | { trigger: string; variables?: Variables }
  /** Fetch and lock one external task of the topic, then complete it. */
  | { completeExternal: string; variables?: Variables }
  | { failExternal: string; retries: number }
  | { bpmnErrorExternal: string; errorCode: string }
  /** Set variables on the root instance, or on the (only active) called instance. */
  | { setVariables: Variables; inCalled?: true }
  /** Move the fake clock by an ISO 8601 duration. Does not run jobs: add `{ runJobs: true }`. */
  | { advance: string }
  /** Set the fake clock to an ISO 8601 instant. */
  | { setClock: string }
  /** Run due jobs (timers, async continuations) until none is due. */
  | { runJobs: true }
  /**
   * Correlate a message by name (this may start an instance at a message start event).
   * `at` delivers it to the execution waiting at that element (Camunda's messageEventReceived).
   */
  | { correlate: string; businessKey?: string; variables?: Variables; at?: string }
  /** Broadcast a signal by name. */
  | { signal: string; variables?: Variables };

/**
 * What a drive needs beyond the core set. The core set is always on: none start/end, terminate
 * end, user/manual/plain/service(external or camunda:expression)/send/receive/business-rule/
 * script(FEEL) tasks, exclusive/parallel/inclusive gateways, embedded sub-processes, error end
 * events and error boundary events, JUEL conditions, camunda task attributes.
 */
export type Feature =
  | 'timers'
  | 'messages'
  | 'signals'
  | 'escalation'
  | 'event-subprocess'
  | 'call-activity'
  | 'multi-instance'
  | 'compensation'
  | 'link-events'
  | 'async'
  | 'event-based-gateway'
  | 'conditional-events'
  | 'transaction'
  | 'ad-hoc'
  /** BPMN `humanPerformer` / `potentialOwner` resource assignment (not a camunda attribute). */
  | 'human-performer'
  /** `camunda:in` / `camunda:out` variable and business-key mappings of call activities. */
  | 'call-activity-mappings'
  /**
   * An error end event that nobody catches fails (Camunda's engine option
   * `enableExceptionsAfterUnhandledBpmnError`; in Promesa an incident). Off = Camunda's default:
   * the unhandled error end event acts as a none end event.
   */
  | 'unhandled-error-incident';

/** The outcome fields of an `expected.json` entry or case. */
export interface Expectation {
  completes: boolean;
  visits: string[];
  ordered: boolean;
  waitsAt: string[];
  notVisited: string[];
}

/** A task the drive expects to have been created (checked against all tasks of the element, any state). */
export interface ExpectedTask {
  elementId: string;
  /** How many tasks of this element were created. */
  count?: number;
  assignee?: string;
  /** The assignees of all tasks of the element, in creation order (multi-instance). */
  assignees?: string[];
  candidateUsers?: string[];
  candidateGroups?: string[];
  priority?: number;
  /** The due date as an offset from the task's creation, an ISO 8601 duration. */
  dueAfterCreation?: string;
  /** The due date as an ISO 8601 date-time; without a zone it is local time. */
  dueAt?: string;
}

export interface Drive {
  steps: Step[];
  /** Further corpus files (same folder) to deploy before the steps: called processes, signal throwers. */
  deployWith?: string[];
  /** What Promesa's outcome deliberately differs in from the upstream oracle, and why. */
  deviation?: string;
  /**
   * Fields that replace the expected ones, with the reason: a deviation, a strict-BPMN outcome
   * (stuck join instead of paed01's dead-path elimination) or a case whose inherited primary
   * fields do not describe its shorter drive.
   */
  expect?: Partial<Expectation> & { why: string };
  /** Elements that must hold an open incident at the end (Promesa's rule: incident, never a dropped token). */
  expectIncidentAt?: string[];
  /** Deploying must fail with a `ModelError` naming this element. No steps run. */
  expectDeployError?: string;
  /** Variables of the first root instance at the end. */
  expectVariables?: Variables;
  expectTasks?: ExpectedTask[];
}

export interface Entry {
  /** The key in `expected.json`: a path relative to the corpus folder. */
  file: string;
  /** A `cases[].name` of that key; absent for the primary drive. */
  case?: string;
  /** Features beyond the core set. */
  needs: Feature[];
  drive?: Drive;
  /** Why this entry can never run on Promesa. */
  skip?: string;
}

/** `n` copies of `steps`, for drives like "4 times: complete task one and task two". */
export function repeat(n: number, steps: Step[]): Step[] {
  return Array.from({ length: n }, () => steps).flat();
}
