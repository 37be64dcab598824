/**
 * Drives for `test/corpus/engine/` (models from paed01's bpmn-elements and bpmn-engine).
 * One entry per `expected.json` key and one per `cases[].name`, in file order. Where an entry
 * has `strictBpmnDiffers`, the drive asserts the BPMN 2.0 outcome (a stuck join), not paed01's.
 */
import type { Entry } from './drive.ts';

const JS_DIALECT = 'written in the bpmn-elements script dialect (JavaScript with next())';
const EXPRESSION_DIALECT =
  'written in the bpmn-elements expression dialect (${environment.variables/output...}), which JUEL cannot evaluate';
const HOST_SERVICES =
  'its outcome needs paed01 host services (${environment.services.*} / ${services.*})';
const NO_IMPLEMENTATION =
  "its outcome hinges on paed01 failing a service task that has no implementation ('service not defined'); " +
  'Camunda refuses such a model at deploy';
const WAITING_MANUAL_TASK =
  'relies on a manual task waiting for a signal (paed01); in Camunda and Promesa a manual task passes straight through';
const NON_EXECUTABLE =
  "its process is isExecutable='false' (paed01 runs it on request; Camunda and Promesa do not deploy it) " +
  'and its mappings use the bpmn-elements dialect (${content.output.form...})';
const MESSAGE_FLOW_FROM_PLAIN_ELEMENT =
  'paed01 sends a message along a message flow from a plain task / none throw event and runs the ' +
  'non-executable target process; BPMN 2.0 and Camunda give that no execution semantics';

const SUBPROCESS_WITHOUT_START =
  'An embedded sub-process here has no start event. paed01 starts its activities without incoming flows ' +
  'by themselves; Promesa, like Camunda 7, requires exactly one none start event in an embedded ' +
  'sub-process and refuses the model at deploy.';

/** The text every strict-BPMN override carries. */
const STRICT_JOIN =
  'strictBpmnDiffers: paed01 discards unselected or withdrawn paths (dead-path elimination), so its ' +
  'parallel join fires anyway. Promesa follows BPMN 2.0 token semantics as Camunda 7 does: the join ' +
  'waits for a token on every incoming flow, and the instance is stuck there (a token parked at a ' +
  'join is not an active element in Promesa, so the stuck join shows as completes: false and an unvisited join).';

export const engineEntries: Entry[] = [
  {
    file: 'bpmn-elements/ad-hoc-subprocess.bpmn',
    needs: ['ad-hoc', 'signals'],
    drive: {
      steps: [{ start: null }],
      deviation:
        'strictBpmnDiffers: BPMN leaves activation inside an ad-hoc sub-process to its performers. This drive ' +
        'assumes that Promesa, like paed01, starts every inner activity without an incoming flow by itself and ' +
        'completes the sub-process when none is left; confirm when ad-hoc support lands.',
    },
  },
  { file: 'bpmn-elements/async-decision.bpmn', needs: [], skip: JS_DIALECT },
  { file: 'bpmn-elements/async-decision.bpmn', case: 'amount 140', needs: [], skip: JS_DIALECT },
  { file: 'bpmn-elements/async-decision.bpmn', case: 'amount 40', needs: [], skip: JS_DIALECT },
  { file: 'bpmn-elements/bound-error-and-timer.bpmn', needs: [], skip: JS_DIALECT },
  {
    file: 'bpmn-elements/bound-error-and-timer.bpmn',
    case: 'input=1',
    needs: [],
    skip: JS_DIALECT,
  },
  {
    file: 'bpmn-elements/bound-error-and-timer.bpmn',
    case: 'input missing',
    needs: [],
    skip: JS_DIALECT,
  },
  {
    file: 'bpmn-elements/bound-error-and-timer.bpmn',
    case: 'input=2',
    needs: [],
    skip: JS_DIALECT,
  },
  {
    // The timer fires while userTask waits, so both paths reach the join: strict BPMN agrees.
    file: 'bpmn-elements/boundary-non-interupting-timer.bpmn',
    needs: ['timers'],
    drive: {
      steps: [
        { start: null },
        { advance: 'PT0.01S' },
        { runJobs: true },
        { completeTask: 'userTask' },
      ],
    },
  },
  { file: 'bpmn-elements/bpmn-error.bpmn', needs: [], skip: HOST_SERVICES },
  {
    file: 'bpmn-elements/call-activity-signal.bpmn',
    needs: ['call-activity'],
    skip: `${WAITING_MANUAL_TASK}, inside a non-executable called process, and on cancelling the call activity through paed01's API`,
  },
  {
    file: 'bpmn-elements/call-activity.bpmn',
    needs: ['call-activity'],
    drive: {
      steps: [{ start: null }],
      deviation:
        "The called process is isExecutable='false'. paed01 runs it anyway; Promesa (like Camunda 7) deploys " +
        "only executable processes, so 'called-process' has no definition and the call activity holds an incident.",
      expectIncidentAt: ['call-activity'],
      expect: {
        completes: false,
        visits: ['start'],
        waitsAt: [],
        notVisited: ['call-activity', 'task', 'end'],
        why: 'the call activity cannot resolve its non-executable called process',
      },
    },
  },
  {
    file: 'bpmn-elements/conditional-bound-js-event.bpmn',
    needs: ['conditional-events'],
    skip: JS_DIALECT,
  },
  {
    file: 'bpmn-elements/conditional-bound-js-event.bpmn',
    case: 'condition signalled',
    needs: ['conditional-events'],
    skip: JS_DIALECT,
  },
  {
    file: 'bpmn-elements/conditional-bound-js-event.bpmn',
    case: 'task signalled',
    needs: ['conditional-events'],
    skip: JS_DIALECT,
  },
  { file: 'bpmn-elements/conditional-flows.bpmn', needs: [], skip: JS_DIALECT },
  { file: 'bpmn-elements/conditional-flows.bpmn', case: 'take2=true', needs: [], skip: JS_DIALECT },
  {
    file: 'bpmn-elements/conditional-flows.bpmn',
    case: 'take2=false, take4=true',
    needs: [],
    skip: JS_DIALECT,
  },
  { file: 'bpmn-elements/conditional-flows.bpmn', case: 'both false', needs: [], skip: JS_DIALECT },
  { file: 'bpmn-elements/consumer_error.bpmn', needs: [], skip: JS_DIALECT },
  {
    // Data store / data object references and an empty execution listener must not block the flow.
    file: 'bpmn-elements/data-store-reference.bpmn',
    needs: [],
    drive: { steps: [{ start: null }] },
  },
  { file: 'bpmn-elements/engine-issue-105_1.bpmn', needs: [], skip: JS_DIALECT },
  { file: 'bpmn-elements/engine-issue-105_2.bpmn', needs: [], skip: JS_DIALECT },
  {
    // The data-object seeding of the drive only feeds an upstream property check, not the path.
    file: 'bpmn-elements/engine-issue-139.bpmn',
    needs: [],
    drive: { steps: [{ start: null }] },
  },
  {
    file: 'bpmn-elements/engine-issue-180-message.bpmn',
    needs: ['messages', 'event-subprocess'],
    skip: `${NO_IMPLEMENTATION}; it also relies on paed01 delivering a process's own thrown message to itself`,
  },
  {
    file: 'bpmn-elements/engine-issue-180-signal.bpmn',
    needs: ['signals', 'event-subprocess'],
    skip: NO_IMPLEMENTATION,
  },
  {
    file: 'bpmn-elements/engine-issue-180.bpmn',
    needs: ['event-subprocess'],
    skip: NO_IMPLEMENTATION,
  },
  {
    file: 'bpmn-elements/engine-issue-73.bpmn',
    needs: [],
    skip: `${JS_DIALECT}, and on paed01's discard API`,
  },
  { file: 'bpmn-elements/engine-issue-73_2.bpmn', needs: [], skip: EXPRESSION_DIALECT },
  { file: 'bpmn-elements/escalation.bpmn', needs: ['escalation', 'signals'], skip: HOST_SERVICES },
  {
    file: 'bpmn-elements/event-based-gateway-with-same-target.bpmn',
    needs: ['event-based-gateway', 'signals', 'timers'],
    drive: {
      steps: [{ start: null }, { signal: 'signalEvent' }, { advance: 'PT1H1S' }, { runJobs: true }],
    },
  },
  {
    file: 'bpmn-elements/event-based-gateway-with-same-target.bpmn',
    case: 'signal',
    needs: ['event-based-gateway', 'signals', 'timers'],
    drive: {
      steps: [{ start: null }, { signal: 'signalEvent' }, { advance: 'PT1H1S' }, { runJobs: true }],
    },
  },
  {
    file: 'bpmn-elements/event-based-gateway-with-same-target.bpmn',
    case: 'timer',
    needs: ['event-based-gateway', 'signals', 'timers'],
    drive: {
      steps: [{ start: null }, { advance: 'PT1H1S' }, { runJobs: true }, { signal: 'signalEvent' }],
    },
  },
  {
    file: 'bpmn-elements/event-based-gateway.bpmn',
    needs: ['event-based-gateway', 'signals', 'timers'],
    drive: {
      steps: [{ start: null }, { signal: 'signalEvent' }, { advance: 'PT1M1S' }, { runJobs: true }],
      deviation: STRICT_JOIN,
      expect: {
        completes: false,
        visits: ['start', 'gateway', 'signalEvent', 'Task_1pfzr39'],
        waitsAt: ['signalEvent', 'timerEvent'],
        notVisited: ['timerEvent', 'join', 'end'],
        why: 'the join never gets the token of the losing timer path',
      },
    },
  },
  {
    file: 'bpmn-elements/event-based-gateway.bpmn',
    case: 'signal wins',
    needs: ['event-based-gateway', 'signals', 'timers'],
    drive: {
      steps: [{ start: null }, { signal: 'signalEvent' }, { advance: 'PT1M1S' }, { runJobs: true }],
      deviation: STRICT_JOIN,
      expect: {
        completes: false,
        visits: ['start', 'gateway', 'signalEvent', 'Task_1pfzr39'],
        waitsAt: [],
        notVisited: ['timerEvent', 'join', 'end'],
        why: 'the join never gets the token of the losing timer path',
      },
    },
  },
  {
    file: 'bpmn-elements/event-based-gateway.bpmn',
    case: 'timer wins',
    needs: ['event-based-gateway', 'signals', 'timers'],
    drive: {
      steps: [{ start: null }, { advance: 'PT1M1S' }, { runJobs: true }, { signal: 'signalEvent' }],
      deviation: STRICT_JOIN,
      expect: {
        completes: false,
        visits: ['start', 'gateway', 'timerEvent'],
        waitsAt: [],
        notVisited: ['signalEvent', 'Task_1pfzr39', 'join', 'end'],
        why: 'the join never gets the token of the losing signal path',
      },
    },
  },
  { file: 'bpmn-elements/exclusive-gateway-as-join.bpmn', needs: [], skip: JS_DIALECT },
  { file: 'bpmn-elements/forms.bpmn', needs: [], skip: EXPRESSION_DIALECT },
  {
    file: 'bpmn-elements/groups.bpmn',
    needs: [],
    drive: { steps: [{ start: null }] },
  },
  { file: 'bpmn-elements/issue-3.bpmn', needs: ['signals', 'async'], skip: JS_DIALECT },
  { file: 'bpmn-elements/issue-31-cm.bpmn', needs: ['timers'], skip: HOST_SERVICES },
  { file: 'bpmn-elements/issue-31.bpmn', needs: ['timers'], skip: HOST_SERVICES },
  {
    file: 'bpmn-elements/issue-42-same-target-sequence-flows.bpmn',
    needs: [],
    skip: HOST_SERVICES,
  },
  {
    file: 'bpmn-elements/issue-42-same-target-sequence-flows.bpmn',
    case: 'indices [0]',
    needs: [],
    skip: HOST_SERVICES,
  },
  {
    file: 'bpmn-elements/issue-42-same-target-sequence-flows.bpmn',
    case: 'indices [0,1] or [2]',
    needs: [],
    skip: HOST_SERVICES,
  },
  {
    file: 'bpmn-elements/issue-42-same-target-sequence-flows.bpmn',
    case: 'indices [0,1,2,3]',
    needs: [],
    skip: HOST_SERVICES,
  },
  {
    // bound-task3 is a boundary event without an event definition: it must load (at most a warning).
    file: 'bpmn-elements/join-inbound.bpmn',
    needs: [],
    drive: {
      steps: [{ start: null }],
      deviation: STRICT_JOIN,
      expect: {
        completes: false,
        visits: ['start', 'gw1', 'split', 'task4', 'task-5'],
        waitsAt: [],
        notVisited: ['gw2', 'task1', 'task2', 'task3', 'gw-collect', 'join', 'end'],
        why: "only 'from-task4' ever carries tokens (twice); the other three incoming flows of the join never do",
      },
    },
  },
  { file: 'bpmn-elements/lanes.bpmn', needs: ['messages'], skip: MESSAGE_FLOW_FROM_PLAIN_ELEMENT },
  { file: 'bpmn-elements/link-event.bpmn', needs: ['link-events'], skip: JS_DIALECT },
  {
    file: 'bpmn-elements/messageflow-target-process.bpmn',
    needs: ['messages'],
    skip: MESSAGE_FLOW_FROM_PLAIN_ELEMENT,
  },
  { file: 'bpmn-elements/misp-loopback.bpmn', needs: ['multi-instance'], skip: JS_DIALECT },
  {
    file: 'bpmn-elements/misp-parallel-loopback.bpmn',
    needs: ['multi-instance'],
    skip: JS_DIALECT,
  },
  { file: 'bpmn-elements/mother-of-all.bpmn', needs: ['timers'], skip: JS_DIALECT },
  { file: 'bpmn-elements/multiple-endEvents.bpmn', needs: [], skip: JS_DIALECT },
  { file: 'bpmn-elements/multiple-joins.bpmn', needs: [], skip: JS_DIALECT },
  { file: 'bpmn-elements/multiple-joins.bpmn', case: 'input=49', needs: [], skip: JS_DIALECT },
  { file: 'bpmn-elements/multiple-joins.bpmn', case: 'input=50', needs: [], skip: JS_DIALECT },
  { file: 'bpmn-elements/nested-joins.bpmn', needs: [], skip: JS_DIALECT },
  {
    file: 'bpmn-elements/parallel-join-edgecase.bpmn',
    needs: [],
    drive: {
      steps: [{ start: null }],
      deviation: STRICT_JOIN,
      expect: {
        completes: false,
        visits: ['start', 'decision', 'task'],
        waitsAt: [],
        notVisited: ['join', 'end'],
        why: "the exclusive gateway takes 'toTask1', so the default flow 'toJoin2' never carries a token",
      },
    },
  },
  { file: 'bpmn-elements/send-signal.bpmn', needs: ['signals'], skip: NON_EXECUTABLE },
  { file: 'bpmn-elements/service-task.bpmn', needs: ['timers'], skip: HOST_SERVICES },
  {
    file: 'bpmn-elements/service-task.bpmn',
    case: 'service ok',
    needs: ['timers'],
    skip: HOST_SERVICES,
  },
  {
    file: 'bpmn-elements/service-task.bpmn',
    case: 'service error',
    needs: ['timers'],
    skip: HOST_SERVICES,
  },
  {
    file: 'bpmn-elements/service-task.bpmn',
    case: 'service hangs',
    needs: ['timers'],
    skip: HOST_SERVICES,
  },
  {
    file: 'bpmn-elements/signal-after-signal.bpmn',
    needs: ['signals'],
    drive: { steps: [{ start: null }, { signal: 'Signal_1' }] },
  },
  { file: 'bpmn-elements/signals.bpmn', needs: ['signals'], skip: HOST_SERVICES },
  { file: 'bpmn-elements/sub-process.bpmn', needs: [], skip: JS_DIALECT },
  { file: 'bpmn-elements/succeeding-joins.bpmn', needs: [], skip: EXPRESSION_DIALECT },
  {
    file: 'bpmn-elements/swimlanes.bpmn',
    needs: [],
    drive: {
      steps: [],
      deviation: SUBPROCESS_WITHOUT_START,
      expectDeployError: 'sub',
    },
  },
  {
    file: 'bpmn-elements/task-with-multi-instance-loop.bpmn',
    needs: ['multi-instance'],
    skip: JS_DIALECT,
  },
  {
    file: 'bpmn-elements/throw-compensate.bpmn',
    needs: ['transaction', 'compensation'],
    drive: { steps: [{ start: null }] },
  },
  {
    file: 'bpmn-elements/timer-event.bpmn',
    needs: ['timers'],
    drive: { steps: [{ start: null }, { advance: 'PT0.05S' }, { runJobs: true }] },
  },
  {
    file: 'bpmn-elements/timers.bpmn',
    needs: ['timers'],
    skip: `${EXPRESSION_DIALECT}; it also ${WAITING_MANUAL_TASK}`,
  },
  {
    file: 'bpmn-elements/transaction.bpmn',
    needs: ['transaction', 'compensation'],
    skip: HOST_SERVICES,
  },
  {
    file: 'bpmn-elements/transaction.bpmn',
    case: 'No',
    needs: ['transaction', 'compensation'],
    skip: HOST_SERVICES,
  },
  {
    file: 'bpmn-elements/transaction.bpmn',
    case: 'Yes',
    needs: ['transaction', 'compensation'],
    skip: HOST_SERVICES,
  },
  {
    file: 'bpmn-elements/transaction.bpmn',
    case: 'abort',
    needs: ['transaction', 'compensation'],
    skip: HOST_SERVICES,
  },
  {
    // "Run the definition": each executable process is started on its own, one after the other.
    file: 'bpmn-elements/two-executable-processes.bpmn',
    needs: [],
    drive: { steps: [{ start: 'Process_1' }, { start: 'Process_2' }] },
  },
  {
    file: 'bpmn-elements/wait-activities.bpmn',
    needs: [
      'multi-instance',
      'messages',
      'signals',
      'timers',
      'event-based-gateway',
      'conditional-events',
      'escalation',
    ],
    skip: `${HOST_SERVICES}; its conditional boundary is ${JS_DIALECT}`,
  },
  {
    // userTask carries an empty camunda:taskListener class: it must load.
    file: 'bpmn-engine/boundary-timeout.bpmn',
    needs: ['timers'],
    drive: {
      steps: [
        { start: null },
        { completeTask: 'userTask' },
        { advance: 'PT0.1S' },
        { runJobs: true },
      ],
      deviation: STRICT_JOIN,
      expect: {
        completes: false,
        visits: ['start', 'userTask'],
        waitsAt: ['userTask', 'boundTimeoutEvent'],
        notVisited: ['boundTimeoutEvent', 'join', 'end'],
        why: 'the withdrawn timer path never delivers its token to the join',
      },
    },
  },
  {
    file: 'bpmn-engine/boundary-timeout.bpmn',
    case: 'task signalled first',
    needs: ['timers'],
    drive: {
      steps: [
        { start: null },
        { completeTask: 'userTask' },
        { advance: 'PT0.1S' },
        { runJobs: true },
      ],
      deviation: STRICT_JOIN,
      expect: {
        completes: false,
        visits: ['start', 'userTask'],
        waitsAt: ['userTask'],
        notVisited: ['boundTimeoutEvent', 'join', 'end'],
        why: 'the withdrawn timer path never delivers its token to the join',
      },
    },
  },
  {
    file: 'bpmn-engine/boundary-timeout.bpmn',
    case: 'timer fires first',
    needs: ['timers'],
    drive: {
      steps: [{ start: null }, { advance: 'PT0.1S' }, { runJobs: true }],
      deviation: STRICT_JOIN,
      expect: {
        completes: false,
        visits: ['start', 'boundTimeoutEvent'],
        waitsAt: ['userTask'],
        notVisited: ['userTask (cancelled)', 'join', 'end'],
        why: 'the interrupted user task never delivers its token to the join',
      },
    },
  },
  {
    file: 'bpmn-engine/issue-163.bpmn',
    needs: [],
    drive: {
      steps: [],
      deviation: SUBPROCESS_WITHOUT_START,
      expectDeployError: 'Activity_0h5hxio',
    },
  },
  { file: 'bpmn-engine/issue-19.bpmn', needs: [], skip: JS_DIALECT },
  { file: 'bpmn-engine/one-or-the-other.bpmn', needs: ['signals'], skip: WAITING_MANUAL_TASK },
  { file: 'bpmn-engine/send-signal.bpmn', needs: ['signals'], skip: NON_EXECUTABLE },
  { file: 'bpmn-engine/signals.bpmn', needs: ['signals'], skip: HOST_SERVICES },
];
