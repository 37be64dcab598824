/**
 * The executable graph: what a process definition compiles to, once per version.
 * Plain JSON-safe data, so it can be cached, hashed and inspected in tests.
 */

/** An expression from the diagram. `juel` is Camunda 7's `${...}` / `#{...}`, `feel` is `=`-prefixed. */
export interface Expression {
  language: 'juel' | 'feel';
  /** The text as written in the diagram, prefix and braces included. */
  source: string;
}

/** A text attribute that may hold an expression or a literal (`camunda:assignee="${owner}"` or `"kermit"`). */
export type TextOrExpression = { literal: string } | { expression: Expression };

export const NodeKind = {
  startEvent: 'startEvent',
  endEvent: 'endEvent',
  intermediateThrowEvent: 'intermediateThrowEvent',
  intermediateCatchEvent: 'intermediateCatchEvent',
  boundaryEvent: 'boundaryEvent',
  task: 'task',
  userTask: 'userTask',
  manualTask: 'manualTask',
  serviceTask: 'serviceTask',
  sendTask: 'sendTask',
  receiveTask: 'receiveTask',
  businessRuleTask: 'businessRuleTask',
  scriptTask: 'scriptTask',
  exclusiveGateway: 'exclusiveGateway',
  parallelGateway: 'parallelGateway',
  inclusiveGateway: 'inclusiveGateway',
  eventBasedGateway: 'eventBasedGateway',
  subProcess: 'subProcess',
  callActivity: 'callActivity',
} as const;
export type NodeKind = (typeof NodeKind)[keyof typeof NodeKind];

/**
 * The kinds that are activities (BPMN 2.0 §10.2): they carry boundary events, input/output
 * mappings, multi-instance and SLAs; events and gateways do not.
 */
export const ACTIVITY_KINDS: ReadonlySet<NodeKind> = new Set<NodeKind>([
  'task',
  'userTask',
  'manualTask',
  'serviceTask',
  'sendTask',
  'receiveTask',
  'businessRuleTask',
  'scriptTask',
  'subProcess',
  'callActivity',
]);

export type EventDefinition =
  | { kind: 'terminate' }
  | {
      kind: 'error';
      errorCode?: string;
      errorName?: string;
      /** `camunda:errorMessage` of the referenced error: what an error end event throws with its code. */
      errorMessage?: string;
      /** Catch events: `camunda:errorCodeVariable` / `errorMessageVariable` receive what was caught. */
      codeVariable?: string;
      messageVariable?: string;
    }
  /** `codeVariable`: `camunda:escalationCodeVariable` of a catch event. */
  | { kind: 'escalation'; escalationCode?: string; codeVariable?: string }
  | { kind: 'message'; messageName?: string }
  | { kind: 'signal'; signalName?: string }
  | {
      kind: 'timer';
      timeDate?: TextOrExpression;
      timeDuration?: TextOrExpression;
      timeCycle?: TextOrExpression;
    }
  | { kind: 'link'; linkName: string }
  | { kind: 'compensate'; activityRef?: string; waitForCompletion?: boolean }
  /** `script`: a JavaScript condition, kept only when the loader allows JavaScript. */
  | { kind: 'conditional'; condition?: Expression; script?: ScriptSpec };

export interface UserTaskSpec {
  assignee?: TextOrExpression;
  /** Each entry is a literal user id or an expression yielding one id, a list, or a comma-separated text. */
  candidateUsers: TextOrExpression[];
  candidateGroups: TextOrExpression[];
  dueDate?: TextOrExpression;
  followUpDate?: TextOrExpression;
  priority?: TextOrExpression;
  formKey?: string;
  /** Zeebe/Camunda form reference kept as written (form-js id or embedded JSON key). */
  formRef?: string;
  /**
   * Which deployed form `formRef` names (Camunda 7.17+ `camunda:formRefBinding`): the latest
   * deployed (default), the one deployed with the process, or version `formRefVersion`.
   */
  formRefBinding?: 'latest' | 'deployment' | 'version';
  formRefVersion?: string;
  /** A generated form (`camunda:formData`): the fields a completion must fill. */
  formFields?: FormField[];
}

/** How a start event or user task names its form, kept as written. */
export type FormLink = Pick<
  UserTaskSpec,
  'formKey' | 'formRef' | 'formRefBinding' | 'formRefVersion'
>;

/** One field of a generated form, with Camunda 7's types and validation constraints. */
export interface FormField {
  id: string;
  label?: string;
  /** `string`, `long`, `double`, `boolean`, `date`, `enum`, or a custom type (not checked). */
  type: string;
  defaultValue?: string;
  required?: boolean;
  readonly?: boolean;
  min?: number;
  max?: number;
  minlength?: number;
  maxlength?: number;
  /** Allowed values of an `enum` field, by id. */
  values?: { id: string; name?: string }[];
}

/** How a service, send or business-rule task gets its work done. */
export type ServiceSpec =
  /** A worker fetches and locks it by topic (Camunda `camunda:type="external"`, Zeebe `taskDefinition type`). */
  | { kind: 'external'; topic: TextOrExpression; retries?: number }
  /** An expression evaluated in place (`camunda:expression`), result optionally stored. */
  | { kind: 'expression'; expression: Expression; resultVariable?: string };

export interface ScriptSpec {
  format: 'feel' | 'javascript';
  script: string;
  resultVariable?: string;
}

/** A variable passed to or from a called process: by name (`source`) or computed (`expression`). */
export interface VariableMapping {
  target: string;
  source?: string;
  expression?: Expression;
}

/** A call activity: which process to start, and which variables cross over (`camunda:in`/`out`). */
export interface CallActivitySpec {
  /** Process id to start: a literal id or an expression yielding one. */
  calledElement: TextOrExpression;
  /**
   * Which version of it (`camunda:calledElementBinding`, Zeebe `bindingType`): the latest, the
   * one deployed together with the caller, or a given version number.
   */
  binding: 'latest' | 'deployment' | 'version';
  /** `camunda:calledElementVersion`, for the `version` binding. */
  version?: TextOrExpression;
  businessKey?: TextOrExpression;
  /** Copy every variable in (`camunda:in variables="all"`, Zeebe `propagateAllParentVariables`). */
  inputAll: boolean;
  /** Copy every variable out (`camunda:out variables="all"`, Zeebe `propagateAllChildVariables`). */
  outputAll: boolean;
  inputs: VariableMapping[];
  outputs: VariableMapping[];
}

/** `multiInstanceLoopCharacteristics` (Camunda attributes or `zeebe:loopCharacteristics`). */
export interface MultiInstanceSpec {
  isSequential: boolean;
  /** How many instances: a number or an expression yielding one. */
  loopCardinality?: TextOrExpression;
  /** The collection to iterate: a variable name (literal) or an expression yielding a list. */
  collection?: TextOrExpression;
  /** Variable holding the current item in each instance. */
  elementVariable?: string;
  completionCondition?: Expression;
  /** Zeebe: each instance's `outputElement` is collected into `outputCollection`. */
  outputCollection?: string;
  outputElement?: TextOrExpression;
}

/** `camunda:inputOutput` / `zeebe:ioMapping`: input creates local variables, output copies back to the parent scope. */
export interface IoMapping {
  inputs: { target: string; value: TextOrExpression }[];
  outputs: { target: string; value: TextOrExpression }[];
}

export interface FlowNode {
  id: string;
  name?: string;
  kind: NodeKind;
  /** The BPMN type as written, e.g. `bpmn:UserTask`. */
  type: string;
  /** Id of the enclosing process or subprocess. */
  scopeId: string;
  incoming: string[];
  outgoing: string[];
  defaultFlowId?: string;
  /** Name of the lane that holds this node, if any. */
  lane?: string;
  line?: number;
  /** Event definitions of an event (empty for a none event). */
  eventDefinitions: EventDefinition[];
  /** Boundary events: the activity they sit on, and whether they cancel it. */
  attachedToId?: string;
  cancelActivity?: boolean;
  /** Ids of the boundary events attached to this activity. */
  boundaryEventIds: string[];
  /** Subprocesses: none start events inside, and event subprocess ids inside. */
  triggeredByEvent?: boolean;
  userTask?: UserTaskSpec;
  service?: ServiceSpec;
  script?: ScriptSpec;
  io?: IoMapping;
  asyncBefore?: boolean;
  asyncAfter?: boolean;
  /** Extension properties (`camunda:properties`, `zeebe:properties`), e.g. a Promesa SLA. */
  properties: Record<string, string>;
  /** Start events: the generated start form (`camunda:formData`) a start must satisfy. */
  startForm?: FormField[];
  /** Start events: the form they name (`camunda:formKey`, `camunda:formRef`), as on a user task. */
  startFormLink?: FormLink;
  /** Start events of event subprocesses: whether they interrupt the enclosing scope (default true). */
  isInterrupting?: boolean;
  /** Receive and send tasks: the name of their `bpmn:Message`. */
  messageName?: string;
  callActivity?: CallActivitySpec;
  multiInstance?: MultiInstanceSpec;
  /** Activities that only run as a compensation handler, never on a sequence flow. */
  isForCompensation?: boolean;
  /** Compensation boundary events: the handler their association points to. */
  compensationHandlerId?: string;
}

export interface SequenceFlow {
  id: string;
  name?: string;
  sourceId: string;
  targetId: string;
  condition?: Expression;
  /** A JavaScript condition (`language="javascript"`), kept only when the loader allows JavaScript. */
  conditionScript?: ScriptSpec;
  line?: number;
}

/** A process or subprocess: the nodes directly inside it. */
export interface Scope {
  id: string;
  /** Id of the enclosing scope; absent for the process itself. */
  parentId?: string;
  nodeIds: string[];
  /** None start events directly inside (the ones a plain start or subprocess entry uses). */
  noneStartIds: string[];
  /** Event subprocesses directly inside. */
  eventSubProcessIds: string[];
}

export interface ExecutableGraph {
  processId: string;
  name?: string;
  isExecutable: boolean;
  nodes: Record<string, FlowNode>;
  flows: Record<string, SequenceFlow>;
  /** Keyed by scope id; the process itself is `scopes[processId]`. */
  scopes: Record<string, Scope>;
  /** Lane names used by the process, in document order. */
  lanes: string[];
  /** Extension properties of the process, e.g. `calendar` naming its business calendar. */
  properties?: Record<string, string>;
  /** Extension properties of lanes, by lane name (a lane's own `calendar`). */
  laneProperties?: Record<string, Record<string, string>>;
  /**
   * Who may start the process besides developers (`camunda:candidateStarterGroups` and
   * `camunda:candidateStarterUsers`, comma lists): none named, developers only.
   */
  candidateStarterGroups: string[];
  candidateStarterUsers: string[];
  /** `camunda:isStartableInTasklist` (default true): offered in a tasklist's list of starts. */
  startableInTasklist: boolean;
  /**
   * `camunda:historyTimeToLive` in days: how long an ended instance's history is kept (see
   * `retention/`); absent: the server's default applies.
   */
  historyTimeToLive?: number;
}
