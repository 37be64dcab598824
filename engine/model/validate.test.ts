import { describe, expect, it } from 'vitest';
import { bpmn, definitions, loadError, problemCodes } from './fixture.ts';
import { loadDefinitions } from './load.ts';

const START = '<startEvent id="s"/><sequenceFlow id="f0" sourceRef="s" targetRef="x"/>';
const warningCodes = async (xml: string) =>
  (await loadDefinitions(xml)).warnings.map((w) => [w.code, w.elementId]);

describe('refusing a model', () => {
  it('lists every error with element and line, and summarises the first', async () => {
    const error = await loadError(
      bpmn(`<task id="x"/>
      <sequenceFlow id="to-nowhere" sourceRef="x" targetRef="ghost"/>
      <sequenceFlow id="bad-condition" sourceRef="x" targetRef="x"><conditionExpression>\${a &gt;}</conditionExpression></sequenceFlow>`),
    );
    expect(error).toMatchObject({
      name: 'ModelError',
      code: 'invalid-model',
      details: { elementId: 'p', line: 3 },
    });
    expect(error.message).toBe("Process 'p' has no start event (and 2 more problems)");
    expect(error.details.problems).toEqual([
      {
        severity: 'error',
        code: 'no-start-event',
        message: "Process 'p' has no start event",
        elementId: 'p',
        line: 3,
      },
      expect.objectContaining({ code: 'missing-flow-target', elementId: 'to-nowhere', line: 5 }),
      expect.objectContaining({ code: 'invalid-condition', elementId: 'bad-condition', line: 6 }),
    ]);
    expect(error.details.problems?.[1]?.message).toBe(
      "The target of sequence flow 'to-nowhere' is 'ghost', which is not a flow node of process 'p'",
    );
  });
});

describe('start events', () => {
  it('needs exactly one none start event in an embedded subprocess', async () => {
    expect(
      await problemCodes(bpmn(`${START}<subProcess id="x"><task id="inner"/></subProcess>`)),
    ).toEqual(['no-start-event']);
    expect(
      await problemCodes(
        bpmn(
          `${START}<subProcess id="x"><startEvent id="in"><messageEventDefinition/></startEvent></subProcess>`,
        ),
      ),
    ).toEqual(['invalid-subprocess-start']);
  });

  it('needs a triggered start event in an event subprocess', async () => {
    expect(
      await problemCodes(
        bpmn(
          `<startEvent id="s"/><subProcess id="x" triggeredByEvent="true"><startEvent id="in"/></subProcess>`,
        ),
      ),
    ).toEqual(['invalid-event-subprocess-start']);
  });

  it('accepts a process that only starts on a message, and refuses two none start events', async () => {
    await expect(
      loadDefinitions(bpmn('<startEvent id="s"><messageEventDefinition/></startEvent>')),
    ).resolves.toBeDefined();
    expect(await problemCodes(bpmn('<startEvent id="a"/><startEvent id="b"/>'))).toEqual([
      'multiple-none-start-events',
    ]);
  });
});

describe('sequence flows', () => {
  it('refuses a flow whose end is missing, quickly', async () => {
    const started = performance.now();
    expect(
      await problemCodes(
        bpmn(`${START}<task id="x"/><sequenceFlow id="f1" sourceRef="x" targetRef="missing"/>`),
      ),
    ).toEqual(['missing-flow-target']);
    expect(
      await problemCodes(bpmn(`${START}<task id="x"/><sequenceFlow id="f1" sourceRef="x"/>`)),
    ).toEqual(['missing-flow-target']);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses a flow into a subprocess', async () => {
    const error = await loadError(
      bpmn(`${START}<subProcess id="x"><startEvent id="in"/><task id="deep"/></subProcess>
      <sequenceFlow id="jump" sourceRef="s" targetRef="deep"/>`),
    );
    expect(error.details.problems).toEqual([
      expect.objectContaining({ code: 'flow-crosses-scope', elementId: 'jump' }),
    ]);
  });

  it('refuses conditions that do not parse or are not expressions', async () => {
    const flow = (condition: string) =>
      bpmn(`${START}<exclusiveGateway id="x" default="d"/><endEvent id="e"/>
      <sequenceFlow id="d" sourceRef="x" targetRef="e"/>
      <sequenceFlow id="c" sourceRef="x" targetRef="e"><conditionExpression xsi:type="tFormalExpression">${condition}</conditionExpression></sequenceFlow>`);
    expect(await problemCodes(flow('${amount &gt; }'))).toEqual(['invalid-condition']);
    expect(await problemCodes(flow('= amount &gt;'))).toEqual(['invalid-condition']);
    expect(await problemCodes(flow('amount &gt; 100'))).toEqual(['invalid-condition']);
    expect(await problemCodes(flow(''))).toEqual(['invalid-condition']);
    await expect(loadDefinitions(flow('${amount &gt; 100}'))).resolves.toBeDefined();
  });

  it('refuses a default flow that does not leave its gateway', async () => {
    expect(
      await problemCodes(
        bpmn(
          `${START}<exclusiveGateway id="x" default="f0"/><endEvent id="e"/><sequenceFlow id="f1" sourceRef="x" targetRef="e"/>`,
        ),
      ),
    ).toEqual(['invalid-default-flow']);
  });
});

describe('expressions and timers', () => {
  it('refuses an attribute expression that does not parse', async () => {
    const error = await loadError(
      bpmn(`${START}<userTask id="x" camunda:assignee="\${owner ==}"/>`),
    );
    expect(error.details.problems).toEqual([
      expect.objectContaining({ code: 'invalid-expression', elementId: 'x' }),
    ]);
  });

  it.each([
    ['timeDuration', 'PT5X'],
    ['timeDate', '31.12.2030'],
    ['timeCycle', 'every day'],
  ])('refuses an unparsable %s', async (field, value) => {
    const xml = bpmn(
      `${START}<intermediateCatchEvent id="x"><timerEventDefinition><${field}>${value}</${field}></timerEventDefinition></intermediateCatchEvent>`,
    );
    expect(await problemCodes(xml)).toEqual(['invalid-timer']);
  });

  it('leaves timer expressions and cron cycles to runtime, and refuses an empty timer', async () => {
    const timer = (definition: string) =>
      bpmn(
        `${START}<intermediateCatchEvent id="x"><timerEventDefinition>${definition}</timerEventDefinition></intermediateCatchEvent>`,
      );
    await expect(
      loadDefinitions(timer('<timeDuration>${duration}</timeDuration>')),
    ).resolves.toBeDefined();
    await expect(
      loadDefinitions(timer('<timeCycle>0 0/5 * * * ?</timeCycle>')),
    ).resolves.toBeDefined();
    expect(await problemCodes(timer(''))).toEqual(['invalid-timer']);
  });

  it('refuses a literal due date, follow-up date or priority that can never parse, naming element and line', async () => {
    const error = await loadError(
      bpmn(`${START}
      <userTask id="x" camunda:dueDate="in three minutes"/>
      <userTask id="y" camunda:followUpDate="2030-13-01T09:00:00Z" camunda:priority="high"/>`),
    );
    expect(error.details.problems).toEqual([
      {
        severity: 'error',
        code: 'invalid-due-date',
        message:
          "The dueDate of 'x' is invalid: 'in three minutes' is neither an ISO 8601 duration such as PT3M nor a date-time such as 2030-01-31T09:00:00Z",
        elementId: 'x',
        line: 5,
      },
      expect.objectContaining({ code: 'invalid-follow-up-date', elementId: 'y', line: 6 }),
      expect.objectContaining({ code: 'invalid-priority', elementId: 'y', line: 6 }),
    ]);
    // The Zeebe form of the same attributes is checked too.
    expect(
      await problemCodes(
        bpmn(
          `${START}<userTask id="x"><extensionElements><zeebe:taskSchedule dueDate="tomorrow"/></extensionElements></userTask>`,
        ),
      ),
    ).toEqual(['invalid-due-date']);
  });

  it("refuses a request's promise that is no duration, on the process or an activity", async () => {
    const promise = (value: string) =>
      `<extensionElements><camunda:properties><camunda:property name="promise" value="${value}"/></camunda:properties></extensionElements>`;
    const error = await loadError(
      bpmn(`${promise('three minutes')}${START}
      <userTask id="x">${promise('P')}</userTask>
      <userTask id="y">${promise('PT24H')}</userTask>`),
    );
    expect(error.details.problems).toEqual([
      expect.objectContaining({ code: 'invalid-promise', elementId: 'x', line: 5 }),
      {
        severity: 'error',
        code: 'invalid-promise',
        message:
          "The promise of 'p' is invalid: 'three minutes' is not an ISO 8601 duration such as PT3M or P1D",
        elementId: 'p',
        line: 3,
      },
    ]);
  });

  it('leaves due dates and priorities written as expressions to run time, and accepts literal durations, dates and numbers', async () => {
    await expect(
      loadDefinitions(
        bpmn(`${START}
        <userTask id="x" camunda:dueDate="\${deadline}" camunda:followUpDate="=now()" camunda:priority="\${urgency}"/>
        <userTask id="y" camunda:dueDate=" PT3M " camunda:followUpDate="2030-01-31T09:00:00Z" camunda:priority="80"/>
        <userTask id="z" camunda:dueDate="2030-01-31"/>`),
      ),
    ).resolves.toBeDefined();
  });
});

describe('elements', () => {
  it.each([
    ['complexGateway', '<complexGateway id="x"/>'],
    ['transaction', '<transaction id="x"><startEvent id="in"/></transaction>'],
    ['adHocSubProcess', '<adHocSubProcess id="x"><task id="in"/></adHocSubProcess>'],
  ])('refuses a %s once, without follow-up errors on its flows', async (_, element) => {
    const error = await loadError(
      bpmn(
        `${START}${element}<endEvent id="e"/><sequenceFlow id="f1" sourceRef="x" targetRef="e"/>`,
      ),
    );
    expect(error.details.problems).toEqual([
      expect.objectContaining({ code: 'unsupported-element', elementId: 'x', line: 4 }),
    ]);
  });

  it('keeps catch and throw events, event-based gateways and call activities', async () => {
    const xml = bpmn(`${START}<eventBasedGateway id="x"/>
      <sequenceFlow id="f1" sourceRef="x" targetRef="msg"/><intermediateCatchEvent id="msg"><messageEventDefinition/></intermediateCatchEvent>
      <sequenceFlow id="f2" sourceRef="x" targetRef="tmr"/><intermediateCatchEvent id="tmr"><timerEventDefinition><timeDuration>PT1H</timeDuration></timerEventDefinition></intermediateCatchEvent>
      <sequenceFlow id="f3" sourceRef="msg" targetRef="call"/><callActivity id="call" calledElement="other"/>
      <sequenceFlow id="f4" sourceRef="call" targetRef="sig"/><intermediateThrowEvent id="sig"><signalEventDefinition/></intermediateThrowEvent>`);
    const { graphs } = await loadDefinitions(xml);
    expect(Object.values(graphs[0]!.nodes).map((n) => n.kind)).toEqual([
      'startEvent',
      'eventBasedGateway',
      'intermediateCatchEvent',
      'intermediateCatchEvent',
      'callActivity',
      'intermediateThrowEvent',
    ]);
  });

  it('refuses boundary events that sit on nothing, links that lead nowhere and duplicate ids', async () => {
    expect(
      await problemCodes(
        bpmn(
          `${START}<task id="x"/><boundaryEvent id="b" attachedToRef="s"><messageEventDefinition/></boundaryEvent>`,
        ),
      ),
    ).toEqual(['invalid-boundary-event']);
    expect(
      await problemCodes(
        bpmn(
          `${START}<intermediateThrowEvent id="x"><linkEventDefinition name="A"/></intermediateThrowEvent>`,
        ),
      ),
    ).toEqual(['unmatched-link']);
    expect(await problemCodes(bpmn(`${START}<task id="x"/><task id="x"/>`))).toEqual([
      'duplicate-id',
    ]);
    expect(await problemCodes(bpmn(`${START}<task id="x"/><task id="1st"/>`))).toEqual([
      'invalid-id',
    ]);
  });
});

describe('warnings', () => {
  it('warns about nodes no token can reach, but not about boundary, event subprocess or linked paths', async () => {
    const xml =
      bpmn(`${START}<task id="x"/><task id="orphan"/><sequenceFlow id="f1" sourceRef="orphan" targetRef="x"/>
      <boundaryEvent id="b" attachedToRef="x"><messageEventDefinition/></boundaryEvent><sequenceFlow id="f2" sourceRef="b" targetRef="after"/><task id="after"/>
      <subProcess id="esp" triggeredByEvent="true"><startEvent id="esp-s"><messageEventDefinition/></startEvent></subProcess>
      <sequenceFlow id="f3" sourceRef="x" targetRef="lt"/><intermediateThrowEvent id="lt"><linkEventDefinition name="L"/></intermediateThrowEvent>
      <intermediateCatchEvent id="lc"><linkEventDefinition name="L"/></intermediateCatchEvent><sequenceFlow id="f4" sourceRef="lc" targetRef="end"/><endEvent id="end"/>`);
    expect(await warningCodes(xml)).toEqual([['unreachable-node', 'orphan']]);
  });

  it('reports an unreachable subprocess once, and boundary events of unreachable activities', async () => {
    const xml = bpmn(`${START}<endEvent id="x"/>
      <subProcess id="lost"><startEvent id="lost-s"/><sequenceFlow id="f1" sourceRef="lost-s" targetRef="lost-t"/><task id="lost-t"/></subProcess>
      <task id="idle"/><boundaryEvent id="idle-timeout" attachedToRef="idle"><timerEventDefinition><timeDuration>PT1H</timeDuration></timerEventDefinition></boundaryEvent>`);
    expect(await warningCodes(xml)).toEqual([
      ['unreachable-node', 'lost'],
      ['unreachable-node', 'idle'],
      ['unreachable-node', 'idle-timeout'],
    ]);
  });

  it('warns about an exclusive or inclusive gateway with conditions but no default', async () => {
    const gateway = (kind: string) =>
      bpmn(`${START}<${kind} id="x"/><endEvent id="e"/>
      <sequenceFlow id="c" sourceRef="x" targetRef="e"><conditionExpression>\${ok}</conditionExpression></sequenceFlow>`);
    expect(await warningCodes(gateway('exclusiveGateway'))).toEqual([
      ['gateway-without-default', 'x'],
    ]);
    expect(await warningCodes(gateway('inclusiveGateway'))).toEqual([
      ['gateway-without-default', 'x'],
    ]);
    expect(await warningCodes(gateway('parallelGateway'))).toEqual([]);
  });

  it('keeps the parser warnings: unknown elements with their line, unresolved references', async () => {
    const xml =
      definitions(`<process id="p" isExecutable="true">\n<startEvent id="s"/>\n<acme:gizmo xmlns:acme="urn:acme"/>\n</process>
      <collaboration id="c"><participant id="pool" processRef="nothing"/></collaboration>`);
    const { warnings } = await loadDefinitions(xml);
    expect(warnings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'unknown-element',
        line: 5,
        message: 'Ignored unrecognized element <acme:gizmo>',
      }),
      expect.objectContaining({
        severity: 'warning',
        code: 'unresolved-reference',
        elementId: 'pool',
        line: 7,
        message: "'pool' refers to 'nothing', which does not exist",
      }),
    ]);
  });

  it('reads an id with surrounding whitespace as XML Schema does, and says so', async () => {
    const { graphs, warnings } = await loadDefinitions(
      bpmn(
        '<startEvent id="s"/><sequenceFlow id="f1 " sourceRef = "s" targetRef="e"/><endEvent id="e"/>',
      ),
    );
    expect(graphs[0]!.flows.f1).toMatchObject({ sourceId: 's', targetId: 'e', line: 4 });
    expect(warnings.map((w) => w.code)).toEqual(['id-whitespace']);
  });
});
