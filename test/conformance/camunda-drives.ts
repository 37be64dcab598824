/**
 * Drives for `test/corpus/camunda/` (Camunda 7 engine test models, the primary oracle).
 * One entry per `expected.json` key and one per `cases[].name`, in file order.
 */
import { repeat, type Entry } from './drive.ts';

const NOT_COPIED = 'needs an upstream model that is not in the corpus';

/** Promesa's rule for a condition that fails or selects nothing: an incident, never a rolled-back start. */
const INCIDENT_NOT_ROLLBACK =
  'Camunda fails the start call and rolls the instance back. Promesa keeps the instance and ' +
  'opens an incident on the element, so the token stays there for an operator to fix.';

export const camundaEntries: Entry[] = [
  {
    file: 'AsyncAfterTest.testAsyncAfterBoundaryEvent.bpmn20.xml',
    needs: ['messages', 'async'],
    drive: { steps: [{ start: null }, { correlate: 'foo' }, { runJobs: true }] },
  },
  {
    file: 'AsyncAfterTest.testAsyncAfterMultiInstanceUserTask.bpmn20.xml',
    needs: ['multi-instance', 'async'],
    drive: {
      steps: [{ start: null }, { completeTask: 'UserTask_1', times: 3 }, { runJobs: true }],
      expectTasks: [{ elementId: 'UserTask_1', count: 3 }],
    },
  },
  {
    file: 'AsyncEndEventTest.testAsyncEndEvent.bpmn20.xml',
    needs: ['async'],
    drive: { steps: [{ start: null }, { runJobs: true }] },
  },
  {
    file: 'AsyncStartEventTest.testAsyncStartEvent.bpmn20.xml',
    needs: ['async'],
    drive: { steps: [{ start: null }, { runJobs: true }] },
  },
  {
    file: 'BoundaryErrorEventTest.subprocess.bpmn20.xml',
    needs: [],
    drive: { steps: [{ start: null }, { completeTask: 'task' }] },
  },
  {
    file: 'BoundaryErrorEventTest.subprocess.bpmn20.xml',
    case: 'engine option enableExceptionsAfterUnhandledBpmnError=true',
    needs: ['unhandled-error-incident'],
    drive: {
      steps: [{ start: null }, { completeTask: 'task' }],
      deviation:
        'Camunda (with the option) refuses to complete the task. Promesa completes it and opens an ' +
        'incident on the error end event that nobody catches.',
      expectIncidentAt: ['theEnd'],
      expect: {
        visits: ['theStart', 'task'],
        notVisited: ['theEnd'],
        why: 'the task completes; theEnd holds the incident',
      },
    },
  },
  {
    file: 'BoundaryErrorEventTest.subprocess2ndLevel.bpmn20.xml',
    needs: ['call-activity'],
    drive: {
      deployWith: ['BoundaryErrorEventTest.subprocess.bpmn20.xml'],
      steps: [{ start: null }],
    },
  },
  {
    file: 'BoundaryErrorEventTest.testCatchErrorInConcurrentEmbeddedSubprocesses.bpmn20.xml',
    needs: [],
    drive: { steps: [{ start: null }, { completeTask: 'taskA' }, { completeTask: 'taskD' }] },
  },
  {
    file: 'BoundaryErrorEventTest.testCatchErrorInConcurrentEmbeddedSubprocesses.bpmn20.xml',
    case: 'task B first',
    needs: [],
    drive: {
      steps: [
        { start: null },
        { completeTask: 'taskB' },
        { completeTask: 'taskC' },
        { completeTask: 'taskA' },
      ],
      expect: {
        visits: [
          'theStart',
          'outerSubProcessStart',
          'fork',
          'innerSubProcess1Start',
          'innerSubProcess2Start',
          'taskB',
          'innerSubProcess2End',
          'catchError2',
          'taskC',
          'subProcessEnd3',
          'taskA',
          'innerSubProcess1End',
          'catchError1',
        ],
        notVisited: ['taskD', 'end1', 'end2'],
        why: 'the inherited primary visits/notVisited describe the task-A-first path; these follow the case notes',
      },
    },
  },
  {
    file: 'BoundaryErrorEventTest.testCatchErrorOfInnerSubprocessOnOuterSubprocess.bpmn20.xml',
    needs: [],
    drive: { steps: [{ start: null }, { completeTask: 'innerTask2' }] },
  },
  {
    file: 'BoundaryErrorEventTest.testCatchErrorOnCallActivity-parent.bpmn20.xml',
    needs: ['call-activity'],
    drive: {
      deployWith: ['BoundaryErrorEventTest.subprocess.bpmn20.xml'],
      steps: [{ start: null }, { completeTask: 'task' }, { completeTask: 'escalatedTask' }],
    },
  },
  {
    file: 'BoundaryErrorEventTest.testCatchErrorOnEmbeddedSubprocess.bpmn20.xml',
    needs: [],
    drive: { steps: [{ start: null }, { completeTask: 'subprocessTask' }] },
  },
  {
    file: 'BoundaryErrorEventTest.testCatchErrorOnParallelMultiInstance.bpmn20.xml',
    needs: ['multi-instance'],
    drive: {
      steps: [
        { start: null },
        { completeTask: 'subProcessTask', variables: { throwError: false }, times: 2 },
        { completeTask: 'subProcessTask', variables: { throwError: true } },
      ],
      expectTasks: [{ elementId: 'subProcessTask', count: 5 }],
      expect: {
        notVisited: ['taskAfterSubProcess', 'miSubProcess#multiInstanceBody'],
        why:
          "history names inner instances and the body apart, as Camunda's does: the two instances that ended " +
          "normally completed 'miSubProcess'; the error interrupts the body, 'miSubProcess#multiInstanceBody'",
      },
    },
  },
  {
    file: 'BoundaryErrorEventTest.testCatchErrorOnSubprocessThrownByNestedEventSubprocess.bpmn20.xml',
    needs: ['messages', 'event-subprocess'],
    drive: {
      steps: [{ start: null }, { correlate: 'outerMessage' }, { correlate: 'innerMessage' }],
    },
  },
  {
    file: 'BoundaryErrorEventTest.testCatchErrorThrownByCallActivityOnCallActivity.bpmn20.xml',
    needs: ['call-activity'],
    drive: {
      deployWith: [
        'BoundaryErrorEventTest.subprocess2ndLevel.bpmn20.xml',
        'BoundaryErrorEventTest.subprocess.bpmn20.xml',
      ],
      steps: [{ start: null }, { completeTask: 'task' }, { completeTask: 'escalatedTask' }],
    },
  },
  {
    file: 'BoundaryErrorEventTest.testDeeplyNestedErrorThrown.bpmn20.xml',
    needs: [],
    drive: {
      steps: [{ start: null }, { completeTask: 'taskInSubprocess', variables: { input: 1 } }],
    },
  },
  {
    file: 'BoundaryErrorEventTest.testDeeplyNestedErrorThrown.bpmn20.xml',
    case: 'input=2',
    needs: [],
    drive: {
      steps: [
        { start: null },
        { completeTask: 'taskInSubprocess', variables: { input: 2 } },
        { completeTask: 'taskAfterCatch' },
      ],
    },
  },
  {
    file: 'BoundaryTimerEventTest.testExpressionOnTimer.bpmn20.xml',
    needs: ['timers'],
    drive: {
      steps: [
        { start: null, variables: { duration: 'PT1H' } },
        { advance: 'PT1H5S' },
        { runJobs: true },
      ],
    },
  },
  {
    file: 'BoundaryTimerEventTest.testInterruptingTimerDuration.bpmn20.xml',
    needs: ['timers'],
    drive: {
      steps: [{ start: null }, { advance: 'PT5M1S' }, { runJobs: true }],
      expectTasks: [
        { elementId: 'firstLineSupport', assignee: 'kermit' },
        { elementId: 'handleEscalation', candidateGroups: ['management'] },
      ],
    },
  },
  {
    file: 'BoundaryTimerEventTest.testMultipleTimersOnUserTask.bpmn20.xml',
    needs: ['timers'],
    drive: { steps: [{ start: null }, { advance: 'PT1H5S' }, { runJobs: true }] },
  },
  {
    file: 'BoundaryTimerNonInterruptingEventTest.testJoin.bpmn20.xml',
    needs: ['timers'],
    drive: {
      steps: [
        { start: null },
        { advance: 'PT1H1S' },
        { runJobs: true },
        { completeTask: 'Main_Task' },
        { completeTask: 'Escalation_Task' },
      ],
    },
  },
  {
    file: 'BoundaryTimerNonInterruptingEventTest.testJoin.bpmn20.xml',
    case: 'Main_Task completed before the timer (model reading)',
    needs: ['timers'],
    drive: {
      // Moving the clock past the (withdrawn) timer afterwards shows that nothing frees the join.
      steps: [
        { start: null },
        { completeTask: 'Main_Task' },
        { advance: 'PT1H1S' },
        { runJobs: true },
      ],
      expect: {
        visits: ['StartNoneEvent', 'Main_Task'],
        waitsAt: ['Main_Task', 'IntermediateTimerEvent'],
        notVisited: [
          'IntermediateTimerEvent',
          'Escalation_Task',
          'ParallelGateway',
          'EndNoneEvent',
        ],
        why:
          'the inherited primary visits describe the timer-first path. The join is stuck; a token parked at a join ' +
          "is not an active element in Promesa, so 'ParallelGateway' is checked as never completing instead of as waiting",
      },
    },
  },
  {
    file: 'BoundaryTimerNonInterruptingEventTest.testMultipleTimersOnUserTask.bpmn20.xml',
    needs: ['timers'],
    drive: {
      steps: [
        { start: null },
        { advance: 'PT1H5S' },
        { runJobs: true },
        { completeTask: 'secondTask' },
        { advance: 'PT1H' },
        { runJobs: true },
        { completeTask: 'firstTask' },
        { completeTask: 'thirdTask' },
      ],
    },
  },
  {
    file: 'BoundaryTimerNonInterruptingEventTest.testReceiveTaskWithBoundaryTimer.bpmn20.xml',
    needs: ['timers'],
    drive: { steps: [{ start: null, variables: { timeCycle: 'R/PT1H' } }, { trigger: 'task' }] },
  },
  {
    file: 'BoundaryTimerNonInterruptingEventTest.testReceiveTaskWithBoundaryTimer.bpmn20.xml',
    case: 'advance 1 h first (model reading)',
    needs: ['timers'],
    drive: {
      steps: [
        { start: null, variables: { timeCycle: 'R/PT1H' } },
        { advance: 'PT1H1S' },
        { runJobs: true },
      ],
      expect: {
        visits: ['theStart', 'timer'],
        notVisited: ['task', 'end', 'timerFiredTask', 'nonInterruptingEnd'],
        why: 'the inherited primary visits include the trigger of the receive task, which this case never does',
      },
      expectTasks: [{ elementId: 'timerFiredTask', count: 1 }],
    },
  },
  {
    file: 'BoundaryTimerNonInterruptingEventTest.testTimerOnConcurrentTasks.bpmn20.xml',
    needs: ['timers'],
    drive: {
      steps: [
        { start: null },
        { advance: 'PT1H1S' },
        { runJobs: true },
        { completeTask: 'timerFiredTask' },
        { completeTask: 'firstTask' },
        { completeTask: 'secondTask' },
      ],
    },
  },
  {
    file: 'BoundaryTimerNonInterruptingEventTest.testTimerWithCycle.bpmn20.xml',
    needs: ['timers'],
    drive: {
      steps: [
        { start: null },
        { advance: 'PT1H' },
        { runJobs: true },
        { advance: 'PT1H' },
        { runJobs: true },
        { completeTask: 'task' },
        { advance: 'PT1H' },
        { runJobs: true },
      ],
      expectTasks: [{ elementId: 'timerFiredTask', count: 2 }],
    },
  },
  {
    file: 'CallActivity.testCallParallelSubProcess.bpmn20.xml',
    needs: ['call-activity'],
    drive: {
      deployWith: ['simpleParallelSubProcess.bpmn20.xml'],
      steps: [{ start: null }, { completeTask: 'taskA' }, { completeTask: 'taskB' }],
    },
  },
  {
    file: 'CallActivity.testCallSimpleSubProcess.bpmn20.xml',
    needs: ['call-activity'],
    drive: {
      deployWith: ['simpleSubProcess.bpmn20.xml'],
      steps: [
        { start: null },
        { completeTask: 'taskBeforeSubProcess' },
        { completeTask: 'task' },
        { completeTask: 'taskAfterSubProcess' },
      ],
      expect: {
        ordered: false,
        why: "the listed order puts 'callSubProcess' before the called 'task' it waits for, which is no completion order; checked as a set",
      },
    },
  },
  {
    file: 'CallActivity.testSubProcessBusinessKeyInput.bpmn20.xml',
    needs: ['call-activity', 'call-activity-mappings'],
    drive: {
      deployWith: ['simpleSubProcess.bpmn20.xml'],
      steps: [
        { start: null, businessKey: 'myBusinessKey' },
        { completeTask: 'userTask1' },
        { completeTask: 'task' },
        { completeTask: 'userTask2' },
      ],
    },
  },
  {
    file: 'CallActivity.testSubProcessDataInputOutput.bpmn20.xml',
    needs: ['call-activity', 'call-activity-mappings'],
    drive: {
      deployWith: ['simpleSubProcess.bpmn20.xml'],
      steps: [
        { start: null, variables: { superVariable: 'Hello from the super process.' } },
        { setVariables: { subVariable: 'Hello from sub process.' }, inCalled: true },
        { completeTask: 'task' },
        { completeTask: 'userTask1', variables: { x: 5 } },
        { completeTask: 'task' },
        { completeTask: 'userTask2' },
      ],
      expectVariables: { superVariable: 'Hello from sub process.', z: 15 },
    },
  },
  {
    file: 'CallActivity.testSubProcessDataInputOutput.bpmn20.xml',
    case: 'no superVariable at start',
    needs: ['call-activity', 'call-activity-mappings'],
    drive: {
      deployWith: ['simpleSubProcess.bpmn20.xml'],
      steps: [{ start: null }, { completeTask: 'task' }],
      expect: {
        visits: ['theStart', 'task', 'callSubProcess'],
        waitsAt: ['task', 'userTask1'],
        // The called process ends at its own 'theEnd'; the caller's must not be reached.
        notVisited: ['userTask1', 'callSubProcessWithExpression', 'userTask2', 'theEnd (parent)'],
        why: 'the case stops once the first child has ended (completes: false); the inherited primary fields cover the whole run',
      },
      expectVariables: { superVariable: null, hisLocalVariable: null },
    },
  },
  {
    file: 'CallActivity.testSubProcessDataOutputOnError.bpmn',
    needs: ['call-activity', 'call-activity-mappings'],
    drive: {
      deployWith: ['subProcessWithError.bpmn'],
      steps: [
        { start: null },
        { setVariables: { subVariable: 'Hello from Subprocess' }, inCalled: true },
        { completeTask: 'UserTask_1' },
        { completeTask: 'UserTask_2' },
      ],
      expectVariables: { subVariable: 'Hello from Subprocess' },
    },
  },
  {
    file: 'CallActivity.testTimerOnCallActivity.bpmn20.xml',
    needs: ['call-activity', 'timers'],
    drive: {
      deployWith: ['simpleSubProcess.bpmn20.xml'],
      steps: [
        { start: null },
        { advance: 'PT5M1S' },
        { runJobs: true },
        { completeTask: 'escalatedTask' },
      ],
      expect: {
        visits: ['theStart', 'timer', 'escalatedTask'],
        why: "the timer interrupts 'callSubProcess' (and cancels the called instance), so the call activity never completes",
      },
    },
  },
  {
    file: 'CompensateEventTest.testCompensateActivityInSubprocess.bpmn20.xml',
    needs: ['compensation'],
    drive: {
      steps: [
        { start: null },
        { completeTask: 'scopeTask' },
        { trigger: 'beforeCompensate' },
        { completeTask: 'undoScopeTask' },
        { trigger: 'beforeEnd' },
      ],
    },
  },
  {
    file: 'CompensateEventTest.testCompensateSubprocessWithBoundaryEvent.bpmn20.xml',
    needs: ['compensation'],
    drive: {
      steps: [{ start: null }, { completeTask: 'undoSubprocess' }, { trigger: 'beforeEnd' }],
    },
  },
  {
    file: 'CompensateEventTest.testSubprocessCompensationHandler.bpmn20.xml',
    needs: ['compensation'],
    drive: {
      steps: [
        { start: null },
        { completeTask: 'activity' },
        { completeTask: 'subProcessTask' },
        { completeTask: 'beforeEnd' },
      ],
    },
  },
  {
    file: 'DefaultSequenceFlowTest.testDefaultSequenceFlowOnTask.bpmn20.xml',
    needs: [],
    drive: { steps: [{ start: null, variables: { input: 2 } }] },
  },
  {
    file: 'DefaultSequenceFlowTest.testDefaultSequenceFlowOnTask.bpmn20.xml',
    case: 'input=3',
    needs: [],
    drive: { steps: [{ start: null, variables: { input: 3 } }] },
  },
  {
    file: 'DefaultSequenceFlowTest.testDefaultSequenceFlowOnTask.bpmn20.xml',
    case: 'input=123',
    needs: [],
    drive: { steps: [{ start: null, variables: { input: 123 } }] },
  },
  {
    file: 'ErrorEventSubProcessTest.testCatchErrorInEmbeddedSubProcess.bpmn20.xml',
    needs: ['event-subprocess'],
    drive: { steps: [{ start: null }, { completeTask: 'taskAfterErrorCatch' }] },
  },
  {
    file: 'ErrorEventSubProcessTest.testErrorCodeTakesPrecedence.bpmn20.xml',
    needs: ['event-subprocess'],
    drive: { steps: [{ start: null }, { completeTask: 'taskAfterErrorCatch2' }] },
  },
  {
    file: 'EscalationEventSubprocessTest.testCatchEscalationEventInsideSubprocess.bpmn20.xml',
    needs: ['escalation', 'event-subprocess'],
    drive: { steps: [{ start: null }] },
  },
  {
    file: 'EscalationEventSubprocessTest.testInterruptionEscalationEventSubprocess.bpmn20.xml',
    needs: ['escalation', 'event-subprocess'],
    drive: { steps: [{ start: null }] },
  },
  {
    file: 'EscalationEventSubprocessTest.testPreferEscalationEventSubprocessToBoundaryEvent.bpmn20.xml',
    needs: ['escalation', 'event-subprocess'],
    drive: { steps: [{ start: null }] },
  },
  {
    file: 'EscalationEventTest.nonInterruptingEscalationBoundaryEventOnCallActivity.bpmn20.xml',
    needs: ['escalation', 'call-activity'],
    drive: {
      deployWith: ['EscalationEventTest.throwEscalationEvent.bpmn20.xml'],
      steps: [{ start: null }],
    },
  },
  {
    file: 'EscalationEventTest.nonInterruptingEscalationBoundaryEventOnCallActivity.bpmn20.xml',
    case: 'interrupting variant (upstream file interruptingEscalationBoundaryEventOnCallActivity, not copied)',
    needs: ['escalation', 'call-activity'],
    skip: `${NOT_COPIED} (interruptingEscalationBoundaryEventOnCallActivity)`,
  },
  {
    file: 'EscalationEventTest.testBoundaryEventWithEscalationCode.bpmn20.xml',
    needs: ['escalation'],
    drive: { steps: [{ start: null }] },
  },
  {
    file: 'EscalationEventTest.testEscalationEndEvent.bpmn20.xml',
    needs: ['escalation'],
    drive: {
      steps: [{ start: null }],
      expect: {
        ordered: false,
        why: "the listed order puts 'subProcess' before its own start event, which is no completion order; checked as a set",
      },
    },
  },
  {
    file: 'EscalationEventTest.testInterruptingEscalationBoundaryEvent.bpmn20.xml',
    needs: ['escalation'],
    drive: { steps: [{ start: null }] },
  },
  {
    file: 'EscalationEventTest.testThrowEscalationEventFromEmbeddedSubprocess.bpmn20.xml',
    needs: ['escalation'],
    drive: { steps: [{ start: null }] },
  },
  {
    file: 'EscalationEventTest.testThrowEscalationEventHierarchical.bpmn20.xml',
    needs: ['escalation'],
    drive: { steps: [{ start: null }] },
  },
  {
    file: 'EscalationEventTest.throwEscalationEvent.bpmn20.xml',
    needs: ['escalation'],
    drive: { steps: [{ start: null }] },
  },
  {
    file: 'EventBasedGatewayTest.testCatchAlertAndTimer.bpmn20.xml',
    needs: ['event-based-gateway', 'signals', 'timers'],
    drive: {
      // The PT0S timer is due at once: the signal goes out before any job runs.
      steps: [{ start: null }, { signal: 'alert' }, { runJobs: true }, { completeTask: 'task2' }],
      expectTasks: [{ elementId: 'task2', assignee: 'kermit' }],
    },
  },
  {
    file: 'EventBasedGatewayTest.testCatchAlertAndTimer.bpmn20.xml',
    case: 'timer wins',
    needs: ['event-based-gateway', 'signals', 'timers'],
    drive: {
      steps: [
        { start: null },
        { advance: 'PT10S' },
        { runJobs: true },
        { signal: 'alert' },
        { completeTask: 'task1' },
      ],
    },
  },
  {
    file: 'EventBasedGatewayTest.testCatchSignalAndMessageAndTimer.bpmn20.xml',
    needs: ['event-based-gateway', 'messages', 'signals', 'timers'],
    drive: {
      steps: [
        { start: null },
        { correlate: 'newInvoice' },
        { runJobs: true },
        { completeTask: 'task3' },
      ],
    },
  },
  {
    // A Quartz cron cycle (every 5 minutes): the clock starts on a 5-minute mark.
    file: 'EventBasedGatewayTest.testTimeCycle.bpmn20.xml',
    needs: ['event-based-gateway', 'signals', 'timers'],
    drive: {
      steps: [
        { setClock: '2026-01-05T09:00:00Z' },
        { start: null },
        { advance: 'PT5M' },
        { runJobs: true },
        { completeTask: 'task1' },
      ],
    },
  },
  {
    file: 'ExclusiveGatewayTest.testDefaultSequenceFlow.bpmn20.xml',
    needs: [],
    drive: { steps: [{ start: null, variables: { input: 1 } }] },
  },
  {
    file: 'ExclusiveGatewayTest.testDefaultSequenceFlow.bpmn20.xml',
    case: 'input=5',
    needs: [],
    drive: { steps: [{ start: null, variables: { input: 5 } }] },
  },
  {
    file: 'ExclusiveGatewayTest.testDefaultSequenceFlow.bpmn20.xml',
    case: 'input=3 (model reading)',
    needs: [],
    drive: { steps: [{ start: null, variables: { input: 3 } }] },
  },
  {
    file: 'ExclusiveGatewayTest.testDivergingExclusiveGateway.bpmn20.xml',
    needs: [],
    drive: { steps: [{ start: null, variables: { input: 1 } }] },
  },
  {
    file: 'ExclusiveGatewayTest.testDivergingExclusiveGateway.bpmn20.xml',
    case: 'input=2',
    needs: [],
    drive: { steps: [{ start: null, variables: { input: 2 } }] },
  },
  {
    file: 'ExclusiveGatewayTest.testDivergingExclusiveGateway.bpmn20.xml',
    case: 'input=3',
    needs: [],
    drive: { steps: [{ start: null, variables: { input: 3 } }] },
  },
  {
    file: 'ExclusiveGatewayTest.testDivergingExclusiveGateway.bpmn20.xml',
    case: 'variable missing (start with iinput=1 instead of input)',
    needs: [],
    drive: {
      steps: [{ start: null, variables: { iinput: 1 } }],
      deviation: `Unknown variable 'input' in a condition. ${INCIDENT_NOT_ROLLBACK}`,
      expectIncidentAt: ['exclusiveGw'],
      expect: {
        visits: ['theStart'],
        notVisited: ['exclusiveGw', 'theTask1', 'theTask2', 'theTask3', 'theEnd'],
        why: 'the gateway keeps the token with an incident instead of the start being rolled back',
      },
    },
  },
  {
    file: 'ExclusiveGatewayTest.testMergingExclusiveGateway.bpmn20.xml',
    needs: [],
    drive: { steps: [{ start: null }], expectTasks: [{ elementId: 'theTask', count: 3 }] },
  },
  {
    file: 'ExclusiveGatewayTest.testMultipleValidConditions.bpmn20.xml',
    needs: [],
    drive: { steps: [{ start: null, variables: { input: 5 } }] },
  },
  {
    file: 'ExclusiveGatewayTest.testNoSequenceFlowSelected.bpmn20.xml',
    needs: [],
    drive: {
      steps: [{ start: null, variables: { input: 4 } }],
      deviation: `No outgoing flow of 'exclusiveGw' can be selected. ${INCIDENT_NOT_ROLLBACK}`,
      expectIncidentAt: ['exclusiveGw'],
    },
  },
  {
    file: 'ExternalTaskParseTest.testParseExternalTaskWithExpressionTopic.bpmn20.xml',
    needs: [],
    drive: {
      steps: [
        { start: null, variables: { topicName: 'testTopicExpression' } },
        { completeExternal: 'testTopicExpression' },
      ],
    },
  },
  {
    file: 'ExternalTaskParseTest.testParseExternalTaskWithStringTopic.bpmn20.xml',
    needs: [],
    drive: { steps: [{ start: null }, { completeExternal: 'testTopicString' }] },
  },
  {
    file: 'ExternalTaskParseTest.testParseExternalTaskWithoutTopic.bpmn20.xml',
    needs: [],
    drive: { steps: [], expectDeployError: 'externalTask' },
  },
  {
    file: 'InclusiveGatewayTest.testDefaultSequenceFlow.bpmn20.xml',
    needs: [],
    drive: { steps: [{ start: null, variables: { input: 1 } }] },
  },
  {
    file: 'InclusiveGatewayTest.testDefaultSequenceFlow.bpmn20.xml',
    case: 'input=1',
    needs: [],
    drive: { steps: [{ start: null, variables: { input: 1 } }] },
  },
  {
    file: 'InclusiveGatewayTest.testDefaultSequenceFlow.bpmn20.xml',
    case: 'input=3',
    needs: [],
    drive: { steps: [{ start: null, variables: { input: 3 } }] },
  },
  {
    file: 'InclusiveGatewayTest.testDefaultSequenceFlow.bpmn20.xml',
    case: 'input=5',
    needs: [],
    drive: { steps: [{ start: null, variables: { input: 5 } }] },
  },
  {
    file: 'InclusiveGatewayTest.testDivergingInclusiveGateway.bpmn20.xml',
    needs: [],
    drive: { steps: [{ start: null, variables: { input: 1 } }] },
  },
  {
    file: 'InclusiveGatewayTest.testDivergingInclusiveGateway.bpmn20.xml',
    case: 'input=1',
    needs: [],
    drive: { steps: [{ start: null, variables: { input: 1 } }] },
  },
  {
    file: 'InclusiveGatewayTest.testDivergingInclusiveGateway.bpmn20.xml',
    case: 'input=2',
    needs: [],
    drive: { steps: [{ start: null, variables: { input: 2 } }] },
  },
  {
    file: 'InclusiveGatewayTest.testDivergingInclusiveGateway.bpmn20.xml',
    case: 'input=3',
    needs: [],
    drive: { steps: [{ start: null, variables: { input: 3 } }] },
  },
  {
    file: 'InclusiveGatewayTest.testJoinAfterEventBasedGateway.bpmn20.xml',
    needs: ['event-based-gateway', 'messages'],
    drive: { steps: [{ start: null }, { completeTask: 'theTask' }, { correlate: 'foo' }] },
  },
  {
    file: 'InclusiveGatewayTest.testJoinAfterEventBasedGatewayInSubProcess.bpmn20.xml',
    needs: ['event-based-gateway', 'messages'],
    drive: { steps: [{ start: null }, { completeTask: 'theTask' }, { correlate: 'foo' }] },
  },
  {
    file: 'InclusiveGatewayTest.testJoinAfterNestedScopes.bpmn20.xml',
    needs: [],
    drive: { steps: [{ start: null }, { completeTask: 'task' }] },
  },
  {
    file: 'InclusiveGatewayTest.testJoinAfterNestedScopes.bpmn20.xml',
    case: 'then complete innersubprocessTask (model reading)',
    needs: [],
    drive: {
      steps: [{ start: null }, { completeTask: 'task' }, { completeTask: 'innersubprocessTask' }],
    },
  },
  {
    file: 'InclusiveGatewayTest.testMergingInclusiveGateway.bpmn20.xml',
    needs: [],
    drive: {
      steps: [{ start: null, variables: { input: 2 } }],
      expectTasks: [{ elementId: 'theTask', count: 1 }],
    },
  },
  {
    file: 'InclusiveGatewayTest.testMergingInclusiveGateway.bpmn20.xml',
    case: 'input=1 (model reading)',
    needs: [],
    drive: {
      steps: [{ start: null, variables: { input: 1 } }],
      expectTasks: [{ elementId: 'theTask', count: 1 }],
    },
  },
  {
    file: 'InclusiveGatewayTest.testNoSequenceFlowSelected.bpmn20.xml',
    needs: [],
    drive: {
      steps: [{ start: null, variables: { input: 4 } }],
      deviation: `No outgoing flow of 'inclusiveGw' can be selected. ${INCIDENT_NOT_ROLLBACK}`,
      expectIncidentAt: ['inclusiveGw'],
    },
  },
  {
    file: 'InclusiveGatewayTest.testPartialMergingInclusiveGateway.bpmn20.xml',
    needs: [],
    drive: {
      steps: [{ start: null, variables: { input: 2 } }, { completeTask: 'partialTask' }],
      expectTasks: [{ elementId: 'theTask', count: 1 }],
    },
  },
  {
    file: 'InclusiveGatewayTest.testSplitMergeSplit.bpmn20.xml',
    needs: [],
    drive: {
      steps: [
        { start: null, variables: { input: 1 } },
        { completeTask: 'theTask1' },
        { completeTask: 'theTask2' },
      ],
      expectTasks: [{ elementId: 'theTask3', count: 1 }],
    },
  },
  {
    file: 'InclusiveGatewayTest.testSplitMergeSplit.bpmn20.xml',
    case: 'input=2 (model reading)',
    needs: [],
    drive: {
      steps: [{ start: null, variables: { input: 2 } }, { completeTask: 'theTask2' }],
      expect: {
        visits: ['theStart', 'splittingInclusiveGw', 'theTask2', 'mergingInclusiveGw'],
        notVisited: ['theTask1', 'theEnd'],
        why: 'the inherited primary visits include theTask1, which input=2 never activates',
      },
      expectTasks: [{ elementId: 'theTask3', count: 1 }],
    },
  },
  {
    file: 'IntermediateTimerEventTest.testCatchingTimerEvent.bpmn20.xml',
    needs: ['timers'],
    drive: { steps: [{ start: null }, { advance: 'PT5M1S' }, { runJobs: true }] },
  },
  {
    file: 'IntermediateTimerEventTest.testExpression.bpmn20.xml',
    needs: ['timers'],
    drive: {
      // Both dates are "now". The zone-less one is local time, so the clock moves a day before
      // the jobs run: due in every time zone, whichever zone the engine reads it in.
      steps: [
        { setClock: '2026-01-05T09:00:00Z' },
        { start: null, variables: { dueDate: '2026-01-05T09:00:00Z' } },
        { start: null, variables: { dueDate: '2026-01-05T09:00:00' } },
        { advance: 'P1D' },
        { runJobs: true },
      ],
    },
  },
  {
    file: 'InterruptingEventSubProcessTest.testCancelEventSubscriptions.bpmn',
    needs: ['event-subprocess', 'messages', 'signals'],
    drive: {
      // The signal after the message must find no subscription left.
      steps: [
        { start: null },
        { correlate: 'newMessage' },
        { signal: 'newSignal' },
        { completeTask: 'taskAfterMessageStartEvent' },
      ],
    },
  },
  {
    file: 'InterruptingEventSubProcessTest.testCancelEventSubscriptions.bpmn',
    case: 'signal first',
    needs: ['event-subprocess', 'messages', 'signals'],
    drive: {
      steps: [
        { start: null },
        { signal: 'newSignal' },
        { completeTask: 'tastAfterSignalStartEvent' },
      ],
    },
  },
  {
    file: 'LinkEventTest.testEventLinkMultipleSources.bpmn20.xml',
    needs: ['link-events'],
    drive: { steps: [{ start: null }] },
  },
  {
    file: 'LinkEventTest.testValidEventLink.bpmn20.xml',
    needs: ['link-events'],
    drive: {
      steps: [{ start: null }, { trigger: 'waitAfterLink1' }, { trigger: 'waitAfterLink2' }],
    },
  },
  {
    file: 'MessageBoundaryEventTest.testBoundaryMessageEventOnSubprocess.bpmn20.xml',
    needs: ['messages'],
    drive: {
      steps: [
        { start: null },
        { correlate: 'messageName_one' },
        { completeTask: 'taskAfterMessage_one' },
      ],
    },
  },
  {
    file: 'MessageBoundaryEventTest.testBoundaryMessageEventOnSubprocess.bpmn20.xml',
    case: 'message two',
    needs: ['messages'],
    drive: {
      steps: [
        { start: null },
        { correlate: 'messageName_two' },
        { completeTask: 'taskAfterMessage_two' },
      ],
    },
  },
  {
    file: 'MessageBoundaryEventTest.testBoundaryMessageEventOnSubprocess.bpmn20.xml',
    case: 'no message',
    needs: ['messages'],
    drive: {
      steps: [
        { start: null },
        { completeTask: 'taskSubProcess' },
        { completeTask: 'taskAfterSubProcess' },
      ],
    },
  },
  {
    file: 'MessageBoundaryEventTest.testSingleBoundaryMessageEvent.bpmn20.xml',
    needs: ['messages'],
    drive: {
      steps: [{ start: null }, { correlate: 'messageName' }, { completeTask: 'taskAfterMessage' }],
    },
  },
  {
    file: 'MessageBoundaryEventTest.testSingleBoundaryMessageEvent.bpmn20.xml',
    case: 'message first',
    needs: ['messages'],
    drive: {
      steps: [{ start: null }, { correlate: 'messageName' }, { completeTask: 'taskAfterMessage' }],
    },
  },
  {
    file: 'MessageBoundaryEventTest.testSingleBoundaryMessageEvent.bpmn20.xml',
    case: 'task first',
    needs: ['messages'],
    drive: {
      steps: [{ start: null }, { completeTask: 'task' }, { completeTask: 'taskAfterTask' }],
    },
  },
  {
    file: 'MessageEventSubprocessTest.testInterruptingUnderProcessDefinition.bpmn20.xml',
    needs: ['messages', 'event-subprocess'],
    drive: { steps: [{ start: null }, { completeTask: 'task' }] },
  },
  {
    file: 'MessageEventSubprocessTest.testInterruptingUnderProcessDefinition.bpmn20.xml',
    case: 'no message',
    needs: ['messages', 'event-subprocess'],
    drive: { steps: [{ start: null }, { completeTask: 'task' }] },
  },
  {
    file: 'MessageEventSubprocessTest.testInterruptingUnderProcessDefinition.bpmn20.xml',
    case: 'message',
    needs: ['messages', 'event-subprocess'],
    drive: {
      steps: [
        { start: null },
        { correlate: 'newMessage' },
        { completeTask: 'eventSubProcessTask' },
      ],
    },
  },
  {
    file: 'MessageEventSubprocessTest.testMultipleNonInterruptingInEmbeddedSubprocess.bpmn20.xml',
    needs: ['messages', 'event-subprocess'],
    drive: {
      steps: [
        { start: null },
        { correlate: 'newMessage' },
        { correlate: 'newMessage' },
        { completeTask: 'subProcessTask' },
      ],
      expectTasks: [{ elementId: 'eventSubProcessTask', count: 2 }],
    },
  },
  {
    file: 'MessageEventSubprocessTest.testNonInterruptingInEmbeddedSubprocess.bpmn20.xml',
    needs: ['messages', 'event-subprocess'],
    drive: {
      steps: [
        { start: null },
        { correlate: 'newMessage' },
        { completeTask: 'task' },
        { completeTask: 'eventSubProcessTask' },
      ],
    },
  },
  {
    file: 'MessageEventSubprocessTest.testNonInterruptingInEmbeddedSubprocess.bpmn20.xml',
    case: 'no message',
    needs: ['messages', 'event-subprocess'],
    drive: { steps: [{ start: null }, { completeTask: 'task' }] },
  },
  {
    file: 'MessageEventSubprocessTest.testNonInterruptingInEmbeddedSubprocess.bpmn20.xml',
    case: 'message, then the event sub-process task first',
    needs: ['messages', 'event-subprocess'],
    drive: {
      steps: [
        { start: null },
        { correlate: 'newMessage' },
        { completeTask: 'eventSubProcessTask' },
        { completeTask: 'task' },
      ],
    },
  },
  {
    // The drive names three runs; the primary outcome (message visits included) is run 2.
    file: 'MessageEventSubprocessTest.testNonInterruptingUnderProcessDefinition.bpmn20.xml',
    needs: ['messages', 'event-subprocess'],
    drive: {
      steps: [
        { start: null },
        { correlate: 'newMessage' },
        { completeTask: 'task' },
        { completeTask: 'eventSubProcessTask' },
      ],
    },
  },
  {
    file: 'MessageIntermediateEventTest.testConcurrentIntermediateMessageEvent.bpmn20.xml',
    needs: ['messages'],
    drive: {
      steps: [
        { start: null },
        { correlate: 'newInvoiceMessage', at: 'messageCatch1' },
        { correlate: 'newInvoiceMessage', at: 'messageCatch2' },
        { completeTask: 'task' },
      ],
    },
  },
  {
    file: 'MessageIntermediateEventTest.testExpressionInSingleIntermediateMessageEvent.bpmn20.xml',
    needs: ['messages'],
    drive: {
      steps: [
        { start: null, variables: { foo: 'bar' } },
        { correlate: 'newInvoiceMessage-bar' },
        { completeTask: 'task' },
      ],
    },
  },
  {
    file: 'MessageIntermediateEventTest.testSingleIntermediateMessageEvent.bpmn20.xml',
    needs: ['messages'],
    drive: {
      steps: [
        { start: null },
        { correlate: 'newInvoiceMessage', at: 'messageCatch' },
        { completeTask: 'task' },
      ],
    },
  },
  {
    file: 'MessageNonInterruptingBoundaryEventTest.testNestedEvents.bpmn20.xml',
    needs: ['messages'],
    drive: {
      steps: [
        { start: null },
        { correlate: 'firstMessage' },
        { correlate: 'secondMessage' },
        { correlate: 'thirdMessage' },
        { completeTask: 'task1' },
        { completeTask: 'task2' },
      ],
    },
  },
  {
    file: 'MessageNonInterruptingBoundaryEventTest.testNonInterruptingEventInCombinationWithUserTask.bpmn20.xml',
    needs: ['messages'],
    drive: {
      steps: [
        { start: null },
        { correlate: 'firstMessage' },
        { completeTask: 'innerTask' },
        { completeTask: 'task1' },
        { completeTask: 'task2' },
      ],
    },
  },
  {
    file: 'MessageStartEventTest.testMessageStartEventAndNoneStartEvent.bpmn20.xml',
    needs: ['messages'],
    drive: { steps: [{ start: null }, { completeTask: 'taskAfterNoneStart' }] },
  },
  {
    file: 'MessageStartEventTest.testMessageStartEventAndNoneStartEvent.bpmn20.xml',
    case: 'start by message',
    needs: ['messages'],
    drive: {
      steps: [{ correlate: 'newInvoiceMessage' }, { completeTask: 'taskAfterMessageStart' }],
    },
  },
  {
    file: 'MessageStartEventTest.testMultipleMessageStartEvents.bpmn20.xml',
    needs: ['messages'],
    drive: {
      steps: [{ correlate: 'newInvoiceMessage' }, { completeTask: 'taskAfterMessageStart' }],
    },
  },
  {
    file: 'MessageStartEventTest.testMultipleMessageStartEvents.bpmn20.xml',
    case: 'newInvoiceMessage',
    needs: ['messages'],
    drive: {
      steps: [{ correlate: 'newInvoiceMessage' }, { completeTask: 'taskAfterMessageStart' }],
    },
  },
  {
    file: 'MessageStartEventTest.testMultipleMessageStartEvents.bpmn20.xml',
    case: 'newInvoiceMessage2',
    needs: ['messages'],
    drive: {
      steps: [{ correlate: 'newInvoiceMessage2' }, { completeTask: 'taskAfterMessageStart2' }],
      expect: {
        waitsAt: ['taskAfterMessageStart2'],
        notVisited: ['messageStart', 'taskAfterMessageStart'],
        why: 'the inherited primary waitsAt names the task after the other message start event',
      },
    },
  },
  {
    file: 'MessageStartEventTest.testMultipleMessageStartEvents.bpmn20.xml',
    case: 'plain start',
    needs: ['messages'],
    drive: {
      steps: [{ start: null, expectError: 'the process has no none start event' }],
      expect: {
        visits: [],
        waitsAt: [],
        notVisited: ['messageStart', 'messageStart2'],
        why: 'the start is refused, so the inherited primary path never runs',
      },
    },
  },
  {
    file: 'MessageStartEventTest.testSingleMessageStartEvent.bpmn20.xml',
    needs: ['messages'],
    drive: { steps: [{ correlate: 'newInvoiceMessage' }, { completeTask: 'task' }] },
  },
  {
    file: 'MessageStartEventTest.testSingleMessageStartEvent.bpmn20.xml',
    case: 'start by key',
    needs: ['messages'],
    drive: { steps: [{ start: 'singleMessageStartEvent' }, { completeTask: 'task' }] },
  },
  {
    file: 'MultiInstanceTest.callActivityWithBoundaryErrorEvent.bpmn20.xml',
    needs: ['multi-instance', 'call-activity'],
    drive: {
      deployWith: ['MultiInstanceTest.throwingErrorEventSubProcess.bpmn20.xml'],
      steps: [
        { start: null, variables: { assignees: ['kermit', 'gonzo'] } },
        { completeTask: 'usertask1', variables: { done: false } },
        { completeTask: 'handleErrorTask' },
      ],
      expectTasks: [{ elementId: 'usertask1', count: 2 }],
    },
  },
  {
    file: 'MultiInstanceTest.callActivityWithBoundaryErrorEvent.bpmn20.xml',
    case: 'sequential variant (upstream callActivityWithBoundaryErrorEventSequential, not copied)',
    needs: ['multi-instance', 'call-activity'],
    skip: `${NOT_COPIED} (callActivityWithBoundaryErrorEventSequential)`,
  },
  {
    file: 'MultiInstanceTest.sequentialUserTasks.bpmn20.xml',
    needs: ['multi-instance', 'timers'],
    drive: {
      steps: [
        { start: null, variables: { nrOfLoops: 3 } },
        { completeTask: 'miTasks', times: 3 },
      ],
      expectTasks: [
        { elementId: 'miTasks', count: 3, assignees: ['kermit_0', 'kermit_1', 'kermit_2'] },
      ],
    },
  },
  {
    file: 'MultiInstanceTest.sequentialUserTasks.bpmn20.xml',
    case: 'nrOfLoops=3',
    needs: ['multi-instance', 'timers'],
    drive: {
      steps: [
        { start: null, variables: { nrOfLoops: 3 } },
        { completeTask: 'miTasks', times: 3 },
      ],
      expectTasks: [{ elementId: 'miTasks', count: 3 }],
    },
  },
  {
    file: 'MultiInstanceTest.sequentialUserTasks.bpmn20.xml',
    case: 'nrOfLoops=10',
    needs: ['multi-instance', 'timers'],
    drive: {
      steps: [
        { start: null, variables: { nrOfLoops: 10 } },
        { completeTask: 'miTasks', times: 5 },
      ],
      expectTasks: [{ elementId: 'miTasks', count: 5 }],
    },
  },
  {
    file: 'MultiInstanceTest.sequentialUserTasks.bpmn20.xml',
    case: 'nrOfLoops=3, timer fired after first task',
    needs: ['multi-instance', 'timers'],
    drive: {
      steps: [
        { start: null, variables: { nrOfLoops: 3 } },
        { completeTask: 'miTasks' },
        { advance: 'PT2H1S' },
        { runJobs: true },
        { completeTask: 'taskAfterTimer' },
      ],
      expectTasks: [{ elementId: 'miTasks', count: 2 }],
    },
  },
  {
    file: 'MultiInstanceTest.testAct901.bpmn20.xml',
    needs: ['multi-instance', 'timers'],
    drive: {
      steps: [{ start: null }, { advance: 'PT61S' }, { runJobs: true }],
      expectTasks: [
        { elementId: 'subprocess1usertask1', count: 5, candidateGroups: ['ROLE_USER'] },
      ],
    },
  },
  {
    file: 'MultiInstanceTest.testParallelSubProcess.bpmn20.xml',
    needs: ['multi-instance'],
    drive: {
      steps: [
        { start: null },
        { completeTask: 'subProcessTask1', times: 2 },
        { completeTask: 'subProcessTask2', times: 2 },
      ],
    },
  },
  {
    file: 'MultiInstanceTest.testParallelUserTasks.bpmn20.xml',
    needs: ['multi-instance'],
    drive: {
      steps: [{ start: null }, { completeTask: 'miTasks', times: 3 }],
      expectTasks: [
        { elementId: 'miTasks', count: 3, assignees: ['kermit_0', 'kermit_1', 'kermit_2'] },
      ],
    },
  },
  {
    file: 'MultiInstanceTest.testParallelUserTasksBasedOnCollection.bpmn20.xml',
    needs: ['multi-instance'],
    drive: {
      steps: [
        {
          start: null,
          variables: { assigneeList: ['kermit', 'gonzo', 'mispiggy', 'fozzie', 'bubba'] },
        },
        { completeTask: 'miTasks', times: 3 },
      ],
      expectTasks: [
        {
          elementId: 'miTasks',
          count: 5,
          assignees: ['kermit', 'gonzo', 'mispiggy', 'fozzie', 'bubba'],
        },
      ],
    },
  },
  {
    file: 'MultiInstanceTest.testParallelUserTasksCompletionCondition.bpmn20.xml',
    needs: ['multi-instance'],
    drive: {
      steps: [{ start: null }, { completeTask: 'miTasks', times: 3 }],
      expectTasks: [{ elementId: 'miTasks', count: 5 }],
    },
  },
  {
    file: 'MultiInstanceTest.testParallelUserTasksCustomExtensions.bpmn20.xml',
    needs: ['multi-instance'],
    drive: {
      steps: [
        { start: null, variables: { assigneeList: ['kermit', 'gonzo', 'fozzie'] } },
        { completeTask: 'miTasks', times: 3 },
      ],
      expectTasks: [{ elementId: 'miTasks', count: 3, assignees: ['kermit', 'gonzo', 'fozzie'] }],
    },
  },
  {
    file: 'MultiInstanceTest.testSequentialSubProcess.bpmn20.xml',
    needs: ['multi-instance'],
    drive: {
      steps: [
        { start: null },
        ...repeat(4, [{ completeTask: 'subProcessTask1' }, { completeTask: 'subProcessTask2' }]),
      ],
      expectTasks: [{ elementId: 'subProcessTask1', count: 4 }],
    },
  },
  {
    file: 'MultiInstanceTest.testSequentialSubProcessCompletionCondition.bpmn20.xml',
    needs: ['multi-instance'],
    drive: {
      steps: [
        { start: null },
        ...repeat(3, [{ completeTask: 'subProcessTask1' }, { completeTask: 'subProcessTask2' }]),
      ],
      expectTasks: [{ elementId: 'subProcessTask1', count: 3 }],
    },
  },
  {
    file: 'MultiInstanceTest.throwingErrorEventSubProcess.bpmn20.xml',
    needs: [],
    drive: { steps: [{ start: null }, { completeTask: 'usertask1', variables: { done: true } }] },
  },
  {
    file: 'ParallelGatewayTest.testAsyncParallelGatewayAfterScopeTask.bpmn20.xml',
    needs: ['async', 'timers'],
    drive: { steps: [{ start: null }, { completeTask: 'scopeTask' }, { runJobs: true }] },
  },
  {
    file: 'ParallelGatewayTest.testForkJoin.bpmn20.xml',
    needs: [],
    drive: {
      steps: [{ start: null }, { completeTask: 'receivePayment' }, { completeTask: 'shipOrder' }],
    },
  },
  {
    file: 'ParallelGatewayTest.testNestedForkJoin.bpmn20.xml',
    needs: [],
    drive: {
      steps: [
        { start: null },
        { completeTask: 'Task_0' },
        { completeTask: 'Task_A' },
        { completeTask: 'Task_B' },
        { completeTask: 'Task_B1' },
        { completeTask: 'Task_B2' },
      ],
    },
  },
  {
    file: 'ParallelGatewayTest.testUnbalancedForkJoin.bpmn20.xml',
    needs: [],
    drive: {
      steps: [
        { start: null },
        { completeTask: 'task1' },
        { completeTask: 'task2' },
        { completeTask: 'task3' },
        { completeTask: 'task4' },
      ],
    },
  },
  {
    file: 'ParallelGatewayTest.testUnstructuredConcurrencyTwoJoins.bpmn20.xml',
    needs: [],
    drive: { steps: [{ start: null }] },
  },
  {
    file: 'ReceiveTaskTest.multiParallelReceiveTaskBoundary.bpmn20.xml',
    needs: ['multi-instance', 'messages'],
    drive: {
      steps: [
        { start: null },
        { correlate: 'newInvoiceMessage', at: 'waitState' },
        { correlate: 'newInvoiceMessage', at: 'waitState' },
      ],
    },
  },
  {
    file: 'ReceiveTaskTest.multiParallelReceiveTaskBoundary.bpmn20.xml',
    case: 'cancel',
    needs: ['multi-instance', 'messages'],
    drive: { steps: [{ start: null }, { correlate: 'cancelInvoiceMessage' }] },
  },
  {
    file: 'ReceiveTaskTest.multiSequentialReceiveTask.bpmn20.xml',
    needs: ['multi-instance', 'messages'],
    drive: {
      steps: [
        { start: null },
        { correlate: 'newInvoiceMessage' },
        { correlate: 'newInvoiceMessage' },
        { completeTask: 'interaction' },
      ],
    },
  },
  {
    file: 'ReceiveTaskTest.singleReceiveTask.bpmn20.xml',
    needs: ['messages'],
    drive: {
      steps: [
        { start: null, businessKey: '23' },
        { start: null, businessKey: '42' },
        { correlate: 'newInvoiceMessage', businessKey: '23' },
        { correlate: 'newInvoiceMessage', businessKey: '42' },
      ],
    },
  },
  {
    file: 'ReceiveTaskTest.singleReceiveTask.bpmn20.xml',
    case: 'single instance, correlate by name',
    needs: ['messages'],
    drive: { steps: [{ start: null }, { correlate: 'newInvoiceMessage' }] },
  },
  {
    file: 'ReceiveTaskTest.singleReceiveTask.bpmn20.xml',
    case: 'trigger directly',
    needs: ['messages'],
    drive: { steps: [{ start: null }, { trigger: 'waitState' }] },
  },
  {
    file: 'SignalEndEventTest.testCatchSignalEndEventInEmbeddedSubprocess.bpmn20.xml',
    needs: ['signals'],
    drive: {
      steps: [
        { start: null },
        { completeTask: 'subprocessTask' },
        { completeTask: 'taskAfterSignalCatch' },
      ],
    },
  },
  {
    file: 'SignalEventTest.signalStartEvent.bpmn20.xml',
    needs: ['signals'],
    drive: { steps: [{ signal: 'alert' }] },
  },
  {
    file: 'SignalEventTest.signalStartEvent.bpmn20.xml',
    case: 'thrown by a process',
    needs: ['signals'],
    drive: {
      deployWith: ['SignalEventTests.throwAlertSignal.bpmn20.xml'],
      steps: [{ start: 'throwSignal' }],
      expectTasks: [{ elementId: 'task', count: 1 }],
      expect: {
        notVisited: [],
        why: "throwSignal's own end event is also named 'end' and completes; the started instance waiting at task is checked by expectTasks",
      },
    },
  },
  {
    file: 'SignalEventTest.testNonInterruptingSignal.bpmn20.xml',
    needs: ['signals'],
    drive: { steps: [{ start: null }, { signal: 'alert' }, { completeTask: 'theUserTask' }] },
  },
  {
    file: 'SignalEventTests.catchAlertSignal.bpmn20.xml',
    needs: ['signals'],
    drive: { steps: [{ start: null }, { signal: 'alert' }] },
  },
  {
    file: 'SignalEventTests.catchMultipleSignals.bpmn20.xml',
    needs: ['signals'],
    drive: {
      steps: [
        { start: null },
        { signal: 'abort' },
        { completeTask: 'taskAfterAbort' },
        { signal: 'alert' },
      ],
      expectTasks: [
        { elementId: 'task', assignee: 'kermit' },
        { elementId: 'taskAfterAbort', assignee: 'gonzo' },
      ],
    },
  },
  {
    file: 'SignalEventTests.throwAbortSignal.bpmn20.xml',
    needs: ['signals'],
    drive: {
      deployWith: ['SignalEventTests.catchMultipleSignals.bpmn20.xml'],
      steps: [{ start: null }],
    },
  },
  {
    // The catcher is deployed but not started: only definitions with signal start events would react.
    file: 'SignalEventTests.throwAlertSignal.bpmn20.xml',
    needs: ['signals'],
    drive: {
      deployWith: ['SignalEventTests.catchAlertSignal.bpmn20.xml'],
      steps: [{ start: null }],
    },
  },
  {
    file: 'StartTimerEventTest.testCycleWithLimitStartTimerEvent.bpmn20.xml',
    needs: ['timers'],
    drive: {
      steps: [{ advance: 'PT5M' }, { runJobs: true }, { advance: 'PT5M' }, { runJobs: true }],
    },
  },
  {
    // timeDate has no zone (local time): a clock a day past it is past it in every zone.
    file: 'StartTimerEventTest.testFixedDateStartTimerEvent.bpmn20.xml',
    needs: ['timers'],
    drive: { steps: [{ setClock: '2036-11-15T11:12:30Z' }, { runJobs: true }] },
  },
  {
    file: 'StartTimerEventTest.testNonInterruptingTimeCycleInEventSubProcess.bpmn20.xml',
    needs: ['timers', 'event-subprocess'],
    drive: {
      steps: [
        { setClock: '2026-01-05T09:00:00Z' },
        { start: null },
        { advance: 'PT5M' },
        { runJobs: true },
      ],
    },
  },
  {
    file: 'StartTimerEventTest.testStartTimerEventSubProcessWithUserTask.bpmn20.xml',
    needs: ['timers', 'event-subprocess'],
    drive: { steps: [{ start: null }, { advance: 'PT1M1S' }, { runJobs: true }] },
  },
  {
    file: 'SubProcessTest.testNestedSimpleSubProcess.bpmn20.xml',
    needs: [],
    drive: {
      steps: [
        { start: null },
        { completeTask: 'innerSubProcessTask' },
        { completeTask: 'afterSubProcessTask' },
      ],
    },
  },
  {
    file: 'SubProcessTest.testNestedSimpleSubprocessWithTimerOnInnerSubProcess.bpmn20.xml',
    needs: ['timers'],
    drive: {
      steps: [
        { start: null },
        { advance: 'PT1H1S' },
        { runJobs: true },
        { completeTask: 'escalationTask' },
      ],
    },
  },
  {
    file: 'SubProcessTest.testSimpleParallelSubProcess.bpmn20.xml',
    needs: [],
    drive: { steps: [{ start: null }, { completeTask: 'task1' }, { completeTask: 'task2' }] },
  },
  {
    file: 'SubProcessTest.testSimpleSubProcessWithTimer.bpmn20.xml',
    needs: ['timers'],
    drive: { steps: [{ start: null }, { advance: 'PT2H1S' }, { runJobs: true }] },
  },
  {
    file: 'TaskAssigneeTest.testTaskAssignee.bpmn20.xml',
    needs: ['human-performer'],
    drive: {
      steps: [{ start: null }, { completeTask: 'theTask' }],
      expectTasks: [{ elementId: 'theTask', assignee: 'kermit' }],
    },
  },
  {
    file: 'TaskAssignmentExtensionsTest.testAssigneeExtension.bpmn20.xml',
    needs: [],
    drive: {
      steps: [{ start: null }],
      expectTasks: [{ elementId: 'theTask', count: 1, assignee: 'kermit' }],
    },
  },
  {
    file: 'TaskAssignmentExtensionsTest.testCandidateGroupsExtension.bpmn20.xml',
    needs: [],
    drive: {
      steps: [{ start: null }],
      expectTasks: [
        { elementId: 'theTask', count: 1, candidateGroups: ['management', 'accountancy'] },
      ],
    },
  },
  {
    file: 'TaskAssignmentExtensionsTest.testCandidateUsersExtension.bpmn20.xml',
    needs: [],
    drive: {
      steps: [{ start: null }],
      expectTasks: [{ elementId: 'theTask', count: 1, candidateUsers: ['kermit', 'gonzo'] }],
    },
  },
  {
    file: 'TaskDueDateExtensionsTest.testRelativeDueDate.bpmn20.xml',
    needs: [],
    drive: {
      steps: [{ start: null, variables: { dateVariable: 'P2DT2H30M' } }],
      expectTasks: [{ elementId: 'theTask', dueAfterCreation: 'P2DT2H30M' }],
    },
  },
  {
    file: 'TaskDueDateExtensionsTest.testRelativeDueDate.bpmn20.xml',
    case: 'dateVariable is a Date',
    needs: [],
    drive: {
      // Variables are JSON: a Date travels as an ISO 8601 instant.
      steps: [{ start: null, variables: { dateVariable: '2026-02-01T12:00:00.000Z' } }],
      expectTasks: [{ elementId: 'theTask', dueAt: '2026-02-01T12:00:00.000Z' }],
    },
  },
  {
    file: 'TaskDueDateExtensionsTest.testRelativeDueDate.bpmn20.xml',
    case: "dateVariable = '1986-07-06T12:10:00'",
    needs: [],
    drive: {
      // Zone-less, so local time, as Date.parse reads it too.
      steps: [{ start: null, variables: { dateVariable: '1986-07-06T12:10:00' } }],
      expectTasks: [{ elementId: 'theTask', dueAt: '1986-07-06T12:10:00' }],
    },
  },
  {
    file: 'TaskPriorityExtensionsTest.testPriorityExtension.bpmn20.xml',
    needs: [],
    drive: {
      steps: [{ start: null, variables: { taskPriority: 25 } }],
      expectTasks: [{ elementId: 'task', priority: 25 }],
    },
  },
  {
    file: 'TaskPriorityExtensionsTest.testPriorityExtension.bpmn20.xml',
    case: 'taskPriority=75',
    needs: [],
    drive: {
      steps: [{ start: null, variables: { taskPriority: 75 } }],
      expectTasks: [{ elementId: 'task', priority: 75 }],
    },
  },
  {
    file: 'TerminateEndEventTest.subProcessTerminate.bpmn',
    needs: [],
    drive: { steps: [{ start: null }] },
  },
  {
    file: 'TerminateEndEventTest.testProcessTerminate.bpmn',
    needs: [],
    drive: { steps: [{ start: null }, { completeTask: 'preTerminateTask' }] },
  },
  {
    file: 'TerminateEndEventTest.testTerminateInCallActivity.bpmn',
    needs: ['call-activity'],
    drive: {
      deployWith: ['TerminateEndEventTest.subProcessTerminate.bpmn'],
      steps: [{ start: null }, { completeTask: 'preNormalEnd' }],
    },
  },
  {
    file: 'TerminateEndEventTest.testTerminateInSubProcess.bpmn',
    needs: [],
    drive: { steps: [{ start: null }, { completeTask: 'preNormalEnd' }] },
  },
  {
    file: 'UnhandledBpmnErrorTest.testUnhandledErrorInEmbeddedSubprocess.bpmn20.xml',
    needs: ['unhandled-error-incident'],
    drive: {
      steps: [{ start: null }, { completeTask: 'subprocessTask' }],
      deviation:
        'Upstream runs with enableExceptionsAfterUnhandledBpmnError, so completing the task fails and ' +
        'is rolled back. Promesa completes the task and opens an incident on the error end event.',
      expectIncidentAt: ['subprocessEnd'],
    },
  },
  {
    file: 'UnhandledBpmnErrorTest.testUnhandledErrorInEmbeddedSubprocess.bpmn20.xml',
    case: 'Camunda default (option off, model reading from engine source)',
    needs: [],
    drive: { steps: [{ start: null }, { completeTask: 'subprocessTask' }] },
  },
  {
    file: 'simpleParallelSubProcess.bpmn20.xml',
    needs: [],
    drive: { steps: [{ start: null }, { completeTask: 'taskA' }, { completeTask: 'taskB' }] },
  },
  {
    file: 'simpleSubProcess.bpmn20.xml',
    needs: [],
    drive: { steps: [{ start: null }, { completeTask: 'task' }] },
  },
  {
    // Run alone, nothing catches 'errorCode': by Camunda's default the instance just ends.
    file: 'subProcessWithError.bpmn',
    needs: [],
    drive: { steps: [{ start: null }, { completeTask: 'UserTask_1' }] },
  },
];
