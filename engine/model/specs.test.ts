import { describe, expect, it } from 'vitest';
import type { FlowNode } from './graph.ts';
import { bpmn, loadError, problemCodes } from './fixture.ts';
import { loadDefinitions, type LoadOptions } from './load.ts';

const juel = (source: string) => ({ expression: { language: 'juel', source } });
const feel = (source: string) => ({ expression: { language: 'feel', source } });

/** Loads a process `start → x` and returns node `x` and the warnings. */
async function node(
  element: string,
  options?: LoadOptions,
): Promise<{ x: FlowNode; warnings: string[] }> {
  const { graphs, warnings } = await loadDefinitions(
    bpmn(`<startEvent id="s"/><sequenceFlow id="f" sourceRef="s" targetRef="x"/>\n${element}`),
    options,
  );
  return { x: graphs[0]!.nodes.x!, warnings: warnings.map((w) => w.code) };
}

describe('user tasks', () => {
  it('reads Camunda assignment attributes; lists split on commas outside expressions', async () => {
    const { x } =
      await node(`<userTask id="x" camunda:assignee="\${owner}" camunda:candidateUsers="kermit, \${execution.getVariable('a,b')}"
      camunda:candidateGroups="sales,management" camunda:dueDate="\${due}" camunda:followUpDate="2030-01-01T00:00:00Z"
      camunda:priority="80" camunda:formKey="embedded:app:forms/x.html"/>`);
    expect(x.userTask).toEqual({
      assignee: juel('${owner}'),
      candidateUsers: [{ literal: 'kermit' }, juel("${execution.getVariable('a,b')}")],
      candidateGroups: [{ literal: 'sales' }, { literal: 'management' }],
      dueDate: juel('${due}'),
      followUpDate: { literal: '2030-01-01T00:00:00Z' },
      priority: { literal: '80' },
      formKey: 'embedded:app:forms/x.html',
    });
  });

  it('reads humanPerformer as the assignee and potentialOwner as candidates (plain text = group)', async () => {
    const expression = (text: string) =>
      `<resourceAssignmentExpression><formalExpression>${text}</formalExpression></resourceAssignmentExpression>`;
    const { x } = await node(`<userTask id="x">
      <humanPerformer>${expression('kermit')}</humanPerformer>
      <potentialOwner>${expression('user(gonzo), group(management), accountancy, user(${boss})')}</potentialOwner></userTask>`);
    expect(x.userTask).toEqual({
      assignee: { literal: 'kermit' },
      candidateUsers: [{ literal: 'gonzo' }, juel('${boss}')],
      candidateGroups: [{ literal: 'management' }, { literal: 'accountancy' }],
    });
  });

  it('reads Zeebe assignment, schedule, priority and form', async () => {
    const { x } = await node(`<userTask id="x"><extensionElements>
      <zeebe:assignmentDefinition assignee="= owner" candidateGroups="sales, support" candidateUsers="=[&quot;a&quot;, &quot;b&quot;]"/>
      <zeebe:taskSchedule dueDate="=now() + duration(&quot;P1D&quot;)" followUpDate="2030-01-01T00:00:00Z"/>
      <zeebe:priorityDefinition priority="70"/><zeebe:formDefinition formId="invoice-form"/></extensionElements></userTask>`);
    expect(x.userTask).toEqual({
      assignee: feel('= owner'),
      candidateGroups: [{ literal: 'sales' }, { literal: 'support' }],
      candidateUsers: [feel('=["a", "b"]')],
      dueDate: feel('=now() + duration("P1D")'),
      followUpDate: { literal: '2030-01-01T00:00:00Z' },
      priority: { literal: '70' },
      formRef: 'invoice-form',
    });
  });
});

describe('service tasks', () => {
  it('maps external topics, expressions and Zeebe task definitions', async () => {
    expect(
      (await node('<serviceTask id="x" camunda:type="external" camunda:topic="${topicName}"/>')).x
        .service,
    ).toEqual({ kind: 'external', topic: juel('${topicName}') });
    expect(
      (
        await node(
          '<sendTask id="x" camunda:expression="${order.total * 2}" camunda:resultVariable="sent"/>',
        )
      ).x.service,
    ).toEqual({
      kind: 'expression',
      expression: { language: 'juel', source: '${order.total * 2}' },
      resultVariable: 'sent',
    });
    expect(
      (await node('<serviceTask id="x" camunda:delegateExpression="${notifier}"/>')).x.service,
    ).toEqual({ kind: 'expression', expression: { language: 'juel', source: '${notifier}' } });
    expect(
      (
        await node(
          '<businessRuleTask id="x"><extensionElements><zeebe:taskDefinition type="score" retries="5"/></extensionElements></businessRuleTask>',
        )
      ).x.service,
    ).toEqual({ kind: 'external', topic: { literal: 'score' }, retries: 5 });
  });

  it('lets a task without implementation wait for a worker on its own id, with a warning', async () => {
    const { x, warnings } = await node('<serviceTask id="x"/>');
    expect(x.service).toEqual({ kind: 'external', topic: { literal: 'x' } });
    expect(warnings).toContain('no-implementation');
  });

  it('refuses Java delegates, connectors, DMN and external tasks without a topic, naming the element', async () => {
    const error = await loadError(
      bpmn('<startEvent id="s"/><serviceTask id="charge" camunda:class="com.acme.Charge"/>'),
    );
    expect(error.details.problems).toContainEqual(
      expect.objectContaining({ code: 'unsupported-java-delegate', elementId: 'charge', line: 4 }),
    );
    expect(
      await problemCodes(
        bpmn(
          '<startEvent id="s"/><serviceTask id="x"><extensionElements><camunda:connector><camunda:connectorId>http</camunda:connectorId></camunda:connector></extensionElements></serviceTask>',
        ),
      ),
    ).toContain('unsupported-connector');
    expect(
      await problemCodes(
        bpmn('<startEvent id="s"/><businessRuleTask id="x" camunda:decisionRef="approve"/>'),
      ),
    ).toContain('unsupported-decision');
    expect(
      await problemCodes(bpmn('<startEvent id="s"/><serviceTask id="x" camunda:type="external"/>')),
    ).toContain('missing-topic');
  });
});

describe('script tasks', () => {
  it('keeps FEEL scripts and the result variable', async () => {
    const { x } = await node(
      '<scriptTask id="x" scriptFormat="feel" camunda:resultVariable="total"><script>a + b</script></scriptTask>',
    );
    expect(x.script).toEqual({ format: 'feel', script: 'a + b', resultVariable: 'total' });
    const zeebe = await node(
      '<scriptTask id="x"><extensionElements><zeebe:script expression="=a * 2" resultVariable="double"/></extensionElements></scriptTask>',
    );
    expect(zeebe.x.script).toEqual({ format: 'feel', script: 'a * 2', resultVariable: 'double' });
  });

  it('runs JavaScript only when allowed, and refuses other languages', async () => {
    const js =
      '<scriptTask id="x" scriptFormat="JavaScript"><script>next(null, 1)</script></scriptTask>';
    expect(await problemCodes(bpmn(`<startEvent id="s"/>${js}`))).toContain('javascript-disabled');
    expect((await node(js, { allowJavaScript: true })).x.script).toEqual({
      format: 'javascript',
      script: 'next(null, 1)',
    });
    expect(
      await problemCodes(
        bpmn(
          '<startEvent id="s"/><scriptTask id="x" scriptFormat="groovy"><script>1</script></scriptTask>',
        ),
      ),
    ).toContain('unsupported-script-format');
  });

  it('treats a JavaScript condition like a JavaScript script', async () => {
    const flow =
      '<startEvent id="s"/><sequenceFlow id="f" sourceRef="s" targetRef="e"><conditionExpression language="javascript">next(null, true)</conditionExpression></sequenceFlow><endEvent id="e"/>';
    expect(await problemCodes(bpmn(flow))).toEqual(['javascript-disabled']);
    const { graphs } = await loadDefinitions(bpmn(flow), { allowJavaScript: true });
    expect(graphs[0]!.flows.f?.conditionScript).toEqual({
      format: 'javascript',
      script: 'next(null, true)',
    });
  });
});

describe('common extensions', () => {
  it('reads async flags, including the legacy camunda:async', async () => {
    expect(
      (await node('<task id="x" camunda:asyncBefore="true" camunda:asyncAfter="true"/>')).x,
    ).toMatchObject({ asyncBefore: true, asyncAfter: true });
    expect((await node('<task id="x" camunda:async="true"/>')).x.asyncBefore).toBe(true);
    expect((await node('<task id="x"/>')).x).not.toHaveProperty('asyncBefore');
  });

  it('reads camunda:inputOutput (lists and maps of literals as FEEL) and zeebe:ioMapping', async () => {
    const { x } = await node(`<task id="x"><extensionElements><camunda:inputOutput>
      <camunda:inputParameter name="greeting">Hello</camunda:inputParameter>
      <camunda:inputParameter name="total">\${a + b}</camunda:inputParameter>
      <camunda:inputParameter name="list"><camunda:list><camunda:value>a</camunda:value><camunda:value>b</camunda:value></camunda:list></camunda:inputParameter>
      <camunda:outputParameter name="result"><camunda:map><camunda:entry key="k">v</camunda:entry></camunda:map></camunda:outputParameter>
      </camunda:inputOutput><zeebe:ioMapping><zeebe:input source="=order.id" target="orderId"/></zeebe:ioMapping></extensionElements></task>`);
    expect(x.io).toEqual({
      inputs: [
        { target: 'greeting', value: { literal: 'Hello' } },
        { target: 'total', value: juel('${a + b}') },
        { target: 'list', value: feel('=["a", "b"]') },
        { target: 'orderId', value: feel('=order.id') },
      ],
      outputs: [{ target: 'result', value: feel('={"k": "v"}') }],
    });
  });

  it('refuses a list that hides an expression rather than dropping it', async () => {
    const io =
      '<camunda:inputOutput><camunda:inputParameter name="l"><camunda:list><camunda:value>${a}</camunda:value></camunda:list></camunda:inputParameter></camunda:inputOutput>';
    expect(
      await problemCodes(
        bpmn(
          `<startEvent id="s"/><task id="x"><extensionElements>${io}</extensionElements></task>`,
        ),
      ),
    ).toContain('unsupported-io-mapping');
  });

  it('merges camunda:properties and zeebe:properties', async () => {
    const { x } = await node(`<task id="x"><extensionElements>
      <camunda:properties><camunda:property name="promesa:sla" value="PT3M"/></camunda:properties>
      <zeebe:properties><zeebe:property name="team" value="support"/></zeebe:properties></extensionElements></task>`);
    expect(x.properties).toEqual({ 'promesa:sla': 'PT3M', team: 'support' });
  });

  it('reads call activities with their variable mappings', async () => {
    const { x } = await node(`<callActivity id="x" calledElement="billing"><extensionElements>
      <camunda:in businessKey="#{execution.processBusinessKey}"/><camunda:in source="a" target="b"/>
      <camunda:in sourceExpression="\${x + 5}" target="y"/><camunda:out variables="all"/></extensionElements></callActivity>`);
    expect(x.callActivity).toEqual({
      calledElement: { literal: 'billing' },
      binding: 'latest',
      businessKey: juel('#{execution.processBusinessKey}'),
      inputAll: false,
      outputAll: true,
      inputs: [
        { target: 'b', source: 'a' },
        { target: 'y', expression: { language: 'juel', source: '${x + 5}' } },
      ],
      outputs: [],
    });
    expect(await problemCodes(bpmn('<startEvent id="s"/><callActivity id="x"/>'))).toContain(
      'missing-called-element',
    );
  });

  it('reads multi-instance characteristics in the Camunda and the BPMN-standard forms', async () => {
    const camunda =
      await node(`<userTask id="x"><multiInstanceLoopCharacteristics isSequential="true" camunda:collection="\${users}" camunda:elementVariable="user">
      <completionCondition>\${nrOfCompletedInstances == 1}</completionCondition></multiInstanceLoopCharacteristics></userTask>`);
    expect(camunda.x.multiInstance).toEqual({
      isSequential: true,
      collection: juel('${users}'),
      elementVariable: 'user',
      completionCondition: { language: 'juel', source: '${nrOfCompletedInstances == 1}' },
    });
    const standard =
      await node(`<userTask id="x"><multiInstanceLoopCharacteristics><loopDataInputRef>assigneeList</loopDataInputRef>
      <inputDataItem name="assignee"/></multiInstanceLoopCharacteristics></userTask>`);
    expect(standard.x.multiInstance).toEqual({
      isSequential: false,
      collection: { literal: 'assigneeList' },
      elementVariable: 'assignee',
    });
    expect(standard.warnings).not.toContain('unresolved-reference');
    const counted = await node(
      '<task id="x"><multiInstanceLoopCharacteristics><loopCardinality>3</loopCardinality></multiInstanceLoopCharacteristics></task>',
    );
    expect(counted.x.multiInstance).toEqual({
      isSequential: false,
      loopCardinality: { literal: '3' },
    });
    expect(
      await problemCodes(
        bpmn('<startEvent id="s"/><task id="x"><standardLoopCharacteristics/></task>'),
      ),
    ).toContain('unsupported-element');
  });
});

describe('conditional events', () => {
  it('keeps a JavaScript condition only when JavaScript is allowed', async () => {
    const element =
      '<intermediateCatchEvent id="x"><conditionalEventDefinition><condition language="js">next(null, ready)</condition></conditionalEventDefinition></intermediateCatchEvent>';
    expect(await problemCodes(bpmn(`<startEvent id="s"/>${element}`))).toContain(
      'javascript-disabled',
    );
    const { x } = await node(element, { allowJavaScript: true });
    expect(x.eventDefinitions).toEqual([
      { kind: 'conditional', script: { format: 'javascript', script: 'next(null, ready)' } },
    ]);
  });
});
