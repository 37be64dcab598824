import { describe, expect, it } from 'vitest';
import { bpmn, definitions, problemCodes } from './fixture.ts';
import { loadDefinitions } from './load.ts';

const only = async (xml: string) => {
  const { graphs } = await loadDefinitions(xml);
  expect(graphs).toHaveLength(1);
  return graphs[0]!;
};

describe('process selection', () => {
  const process = (attrs: string) =>
    `<process ${attrs}><startEvent id="start-${/id="(\w+)"/.exec(attrs)?.[1]}"/></process>`;

  it('compiles every isExecutable="true" process and skips the others', async () => {
    const xml = definitions(
      [
        process('id="a" isExecutable="true"'),
        process('id="b" isExecutable="false"'),
        process('id="c"'),
        process('id="d" isExecutable="true"'),
      ].join('\n'),
    );
    const { graphs } = await loadDefinitions(xml);
    expect(graphs.map((g) => g.processId)).toEqual(['a', 'd']);
  });

  it('runs the one process without the flag when none is marked executable', async () => {
    const graph = await only(
      definitions(`${process('id="a" isExecutable="false"')}\n${process('id="b"')}`),
    );
    expect(graph).toMatchObject({ processId: 'b', isExecutable: true });
  });

  it('refuses a file without an executable process', async () => {
    expect(await problemCodes(definitions(process('id="a" isExecutable="false"')))).toEqual([
      'no-executable-process',
    ]);
    expect(await problemCodes(definitions(`${process('id="a"')}\n${process('id="b"')}`))).toEqual([
      'no-executable-process',
    ]);
    expect(await problemCodes(definitions('<message id="m" name="x"/>'))).toEqual([
      'no-executable-process',
    ]);
  });

  it('yields one graph per pool of a collaboration, named after the pool', async () => {
    const xml = definitions(`
      <collaboration id="c">
        <participant id="pool-a" name="Customer" processRef="a"/>
        <participant id="pool-b" name="Support" processRef="b"/>
        <messageFlow id="mf" sourceRef="end-a" targetRef="start-b"/>
      </collaboration>
      <process id="a" isExecutable="true"><startEvent id="start-a"/><endEvent id="end-a"/>
        <sequenceFlow id="fa" sourceRef="start-a" targetRef="end-a"/></process>
      <process id="b" name="Support desk" isExecutable="true"><startEvent id="start-b"/></process>`);
    const { graphs } = await loadDefinitions(xml);
    expect(graphs.map((g) => [g.processId, g.name])).toEqual([
      ['a', 'Customer'],
      ['b', 'Support desk'],
    ]);
  });
});

describe('graph shape', () => {
  it('derives incoming and outgoing from the flows, not from the XML refs', async () => {
    const graph = await only(
      bpmn(`
      <startEvent id="s"><outgoing>wrong</outgoing></startEvent>
      <task id="t"><incoming>f2</incoming></task>
      <endEvent id="e"/>
      <sequenceFlow id="f1" name="go" sourceRef="s" targetRef="t"/>
      <sequenceFlow id="f2" sourceRef="t" targetRef="e"/>`),
    );
    expect(graph.nodes.s).toMatchObject({
      outgoing: ['f1'],
      incoming: [],
      kind: 'startEvent',
      type: 'bpmn:StartEvent',
      scopeId: 'p',
    });
    expect(graph.nodes.t).toMatchObject({
      incoming: ['f1'],
      outgoing: ['f2'],
      kind: 'task',
      line: 6,
    });
    expect(graph.flows.f1).toEqual({ id: 'f1', name: 'go', sourceId: 's', targetId: 't', line: 8 });
    expect(graph.scopes.p).toEqual({
      id: 'p',
      nodeIds: ['s', 't', 'e'],
      noneStartIds: ['s'],
      eventSubProcessIds: [],
    });
  });

  it('nests subprocess scopes and lists event subprocesses on their parent scope', async () => {
    const graph = await only(
      bpmn(`
      <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="sub"/>
      <subProcess id="sub">
        <startEvent id="sub-s"/><sequenceFlow id="f2" sourceRef="sub-s" targetRef="sub-e"/><endEvent id="sub-e"/>
        <subProcess id="on-error" triggeredByEvent="true">
          <startEvent id="caught" isInterrupting="false"><errorEventDefinition/></startEvent>
        </subProcess>
      </subProcess>`),
    );
    expect(graph.scopes.sub).toEqual({
      id: 'sub',
      parentId: 'p',
      nodeIds: ['sub-s', 'sub-e', 'on-error'],
      noneStartIds: ['sub-s'],
      eventSubProcessIds: ['on-error'],
    });
    expect(graph.scopes['on-error']).toMatchObject({
      parentId: 'sub',
      nodeIds: ['caught'],
      noneStartIds: [],
    });
    expect(graph.nodes['on-error']).toMatchObject({
      kind: 'subProcess',
      triggeredByEvent: true,
      scopeId: 'sub',
    });
    expect(graph.nodes.caught).toMatchObject({
      isInterrupting: false,
      eventDefinitions: [{ kind: 'error' }],
    });
    expect(graph.nodes.sub?.triggeredByEvent).toBe(false);
  });

  it('attaches boundary events to their activity, interrupting by default', async () => {
    const graph = await only(
      bpmn(`
      <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="work"/><userTask id="work"/>
      <boundaryEvent id="late" attachedToRef="work"><timerEventDefinition><timeDuration>PT1H</timeDuration></timerEventDefinition></boundaryEvent>
      <boundaryEvent id="nudge" attachedToRef="work" cancelActivity="false"><timerEventDefinition><timeCycle>R3/PT10M</timeCycle></timerEventDefinition></boundaryEvent>`),
    );
    expect(graph.nodes.work?.boundaryEventIds).toEqual(['late', 'nudge']);
    expect(graph.nodes.late).toMatchObject({
      attachedToId: 'work',
      cancelActivity: true,
      eventDefinitions: [{ kind: 'timer', timeDuration: { literal: 'PT1H' } }],
    });
    expect(graph.nodes.nudge).toMatchObject({
      cancelActivity: false,
      eventDefinitions: [{ kind: 'timer', timeCycle: { literal: 'R3/PT10M' } }],
    });
  });

  it('keeps trimmed conditions and default flows', async () => {
    const graph = await only(
      bpmn(`
      <startEvent id="s"/><sequenceFlow id="f0" sourceRef="s" targetRef="gw"/>
      <exclusiveGateway id="gw" default="low"/>
      <sequenceFlow id="high" sourceRef="gw" targetRef="e"><conditionExpression xsi:type="tFormalExpression">
        \${amount > 100}
      </conditionExpression></sequenceFlow>
      <sequenceFlow id="feel" sourceRef="gw" targetRef="e"><conditionExpression>= amount = 0</conditionExpression></sequenceFlow>
      <sequenceFlow id="low" sourceRef="gw" targetRef="e"/>
      <endEvent id="e"/>`),
    );
    expect(graph.nodes.gw?.defaultFlowId).toBe('low');
    expect(graph.flows.high?.condition).toEqual({ language: 'juel', source: '${amount > 100}' });
    expect(graph.flows.feel?.condition).toEqual({ language: 'feel', source: '= amount = 0' });
    expect(graph.flows.low?.condition).toBeUndefined();
  });

  it('gives each node its innermost lane, by name or else id, with lanes in document order', async () => {
    const graph = await only(
      bpmn(`
      <laneSet id="ls">
        <lane id="outer" name="Sales"><flowNodeRef>s</flowNodeRef><flowNodeRef>t</flowNodeRef><flowNodeRef>sub</flowNodeRef>
          <childLaneSet id="cls"><lane id="inner"><flowNodeRef>t</flowNodeRef></lane></childLaneSet>
        </lane>
        <lane id="other" name="Billing"><flowNodeRef>e</flowNodeRef></lane>
      </laneSet>
      <startEvent id="s"/><task id="t"/><endEvent id="e"/>
      <subProcess id="sub"><startEvent id="sub-s"/></subProcess>
      <sequenceFlow id="f1" sourceRef="s" targetRef="t"/><sequenceFlow id="f2" sourceRef="t" targetRef="sub"/><sequenceFlow id="f3" sourceRef="sub" targetRef="e"/>`),
    );
    expect(Object.fromEntries(Object.values(graph.nodes).map((n) => [n.id, n.lane]))).toEqual({
      s: 'Sales',
      t: 'inner',
      e: 'Billing',
      sub: 'Sales',
      'sub-s': 'Sales',
    });
    expect(graph.lanes).toEqual(['Sales', 'inner', 'Billing']);
  });
});

describe('event definitions', () => {
  const catching = (definition: string) =>
    bpmn(`<startEvent id="s"/><sequenceFlow id="f" sourceRef="s" targetRef="ev"/>
    <intermediateCatchEvent id="ev">${definition}</intermediateCatchEvent>`);

  it('resolves messages and signals to their names', async () => {
    const xml = definitions(`<message id="m1" name="order-received"/><signal id="s1" name="alert"/>
      <process id="p" isExecutable="true"><startEvent id="s"><messageEventDefinition messageRef="m1"/></startEvent>
      <boundaryEvent id="b" attachedToRef="t"><signalEventDefinition signalRef="s1"/></boundaryEvent>
      <receiveTask id="t" messageRef="m1"/><sequenceFlow id="f" sourceRef="s" targetRef="t"/></process>`);
    const graph = await only(xml);
    expect(graph.nodes.s?.eventDefinitions).toEqual([
      { kind: 'message', messageName: 'order-received' },
    ]);
    expect(graph.nodes.b?.eventDefinitions).toEqual([{ kind: 'signal', signalName: 'alert' }]);
    expect(graph.nodes.t?.messageName).toBe('order-received');
  });

  it('uses the error code, and an errorRef that points to nothing as the code itself (Camunda)', async () => {
    const xml =
      definitions(`<error id="e1" name="Payment failed" errorCode="PAYMENT"/><escalation id="x1" escalationCode="LATE"/>
      <process id="p" isExecutable="true"><startEvent id="s"/><sequenceFlow id="f" sourceRef="s" targetRef="t"/><task id="t"/>
      <boundaryEvent id="b1" attachedToRef="t"><errorEventDefinition errorRef="e1"/></boundaryEvent>
      <boundaryEvent id="b2" attachedToRef="t"><errorEventDefinition errorRef="RAW_CODE"/></boundaryEvent>
      <boundaryEvent id="b3" attachedToRef="t"><errorEventDefinition/></boundaryEvent>
      <boundaryEvent id="b4" attachedToRef="t" cancelActivity="false"><escalationEventDefinition escalationRef="x1"/></boundaryEvent></process>`);
    const { graphs, warnings } = await loadDefinitions(xml);
    const nodes = graphs[0]!.nodes;
    expect(nodes.b1?.eventDefinitions).toEqual([
      { kind: 'error', errorCode: 'PAYMENT', errorName: 'Payment failed' },
    ]);
    expect(nodes.b2?.eventDefinitions).toEqual([{ kind: 'error', errorCode: 'RAW_CODE' }]);
    expect(nodes.b3?.eventDefinitions).toEqual([{ kind: 'error' }]);
    expect(nodes.b4?.eventDefinitions).toEqual([{ kind: 'escalation', escalationCode: 'LATE' }]);
    expect(warnings).toContainEqual(
      expect.objectContaining({
        code: 'unresolved-reference',
        message: expect.stringContaining('RAW_CODE'),
      }),
    );
  });

  it('reads timers, links, terminate, compensation and conditional events', async () => {
    expect(
      (
        await only(
          catching('<timerEventDefinition><timeDate>${due}</timeDate></timerEventDefinition>'),
        )
      ).nodes.ev?.eventDefinitions,
    ).toEqual([
      { kind: 'timer', timeDate: { expression: { language: 'juel', source: '${due}' } } },
    ]);
    expect(
      (
        await only(
          catching(
            '<conditionalEventDefinition><condition>${ready}</condition></conditionalEventDefinition>',
          ),
        )
      ).nodes.ev?.eventDefinitions,
    ).toEqual([{ kind: 'conditional', condition: { language: 'juel', source: '${ready}' } }]);
    const graph = await only(
      bpmn(`<startEvent id="s"/><sequenceFlow id="f" sourceRef="s" targetRef="throw"/>
      <intermediateThrowEvent id="throw"><linkEventDefinition name="jump"/></intermediateThrowEvent>
      <intermediateCatchEvent id="catch"><linkEventDefinition name="jump"/></intermediateCatchEvent>
      <sequenceFlow id="f2" sourceRef="catch" targetRef="end"/>
      <endEvent id="end"><terminateEventDefinition/></endEvent>`),
    );
    expect(graph.nodes.throw?.eventDefinitions).toEqual([{ kind: 'link', linkName: 'jump' }]);
    expect(graph.nodes.end?.eventDefinitions).toEqual([{ kind: 'terminate' }]);
  });

  it('links a compensation boundary event to its handler through the association', async () => {
    const graph = await only(
      bpmn(`<startEvent id="s"/><sequenceFlow id="f" sourceRef="s" targetRef="book"/><task id="book"/>
      <boundaryEvent id="undo" attachedToRef="book"><compensateEventDefinition/></boundaryEvent>
      <task id="cancel-booking" isForCompensation="true"/>
      <association id="a" associationDirection="One" sourceRef="undo" targetRef="cancel-booking"/>`),
    );
    expect(graph.nodes.undo?.compensationHandlerId).toBe('cancel-booking');
    expect(graph.nodes['cancel-booking']?.isForCompensation).toBe(true);
  });
});
