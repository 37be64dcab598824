/**
 * What Camunda Modeler (camunda-plugin/shared/CamundaAPI.js) sends to a Camunda 7 engine,
 * restated for tests: every request carries `accept: application/json` and the auth header;
 * a deploy is multipart with the fields below and the diagram as a `text/xml` blob whose part
 * name is the file name; attachments follow as more parts.
 */

/** The message prefix the Modeler turns into "Server could not parse the diagram". */
export const MODELER_PARSE_ERROR_PREFIX = 'ENGINE-09005 Could not parse BPMN process.';

export interface ModelerEndpoint {
  /** The engine-rest URL as typed in the deploy dialog. */
  url: string;
  /** `Basic …` or `Bearer …`. */
  authorization: string;
}

export interface DeployDialog {
  name: string;
  diagram: { name: string; contents: string };
  attachments?: { name: string; contents: string }[];
}

/** The Modeler's calls: connection check, version probe, deploy, start by definition id. */
export function modeler({ url, authorization }: ModelerEndpoint) {
  // The Modeler strips a pasted `/deployment/create` from the endpoint before use.
  const base = url.replace(/\/deployment\/create\/?/, '');
  const send = (path: string, init: RequestInit = {}) =>
    fetch(`${base}${path}`, {
      ...init,
      headers: {
        ...(init.headers as Record<string, string>),
        accept: 'application/json',
        authorization,
      },
    });

  return {
    checkConnection: () => send('/deployment?maxResults=0'),
    getVersion: () => send('/version'),
    deployDiagram({ name, diagram, attachments = [] }: DeployDialog) {
      const form = new FormData();
      form.append('deployment-name', name);
      form.append('deployment-source', 'Camunda Modeler');
      form.append('enable-duplicate-filtering', 'true');
      form.append(diagram.name, new Blob([diagram.contents], { type: 'text/xml' }), diagram.name);
      for (const file of attachments) form.append(file.name, new Blob([file.contents]), file.name);
      return send('/deployment/create', { method: 'POST', body: form });
    },
    startInstance(
      definitionId: string,
      options: { businessKey?: string | null; variables?: Record<string, unknown> | null },
    ) {
      return send(`/process-definition/${definitionId}/start`, {
        method: 'POST',
        body: JSON.stringify({ businessKey: options.businessKey, variables: options.variables }),
        headers: { 'content-type': 'application/json' },
      });
    },
  };
}

/** How the Modeler classifies a failed deploy from its status and body. */
export function modelerErrorCode(
  status: number,
  body: { message?: string } | undefined,
): string | undefined {
  if (body?.message?.startsWith(MODELER_PARSE_ERROR_PREFIX)) return 'DIAGRAM_PARSE_ERROR';
  return (
    {
      401: 'UNAUTHORIZED',
      403: 'FORBIDDEN',
      404: 'NOT_FOUND',
      500: 'INTERNAL_SERVER_ERROR',
      503: 'UNAVAILABLE_ERROR',
    } as Record<number, string>
  )[status];
}

/** An invoice approval as the Modeler saves it: Camunda namespace, exporter, diagram interchange. */
export function invoiceDiagram(taskName = 'Approve the invoice'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="Definitions_invoice" targetNamespace="http://bpmn.io/schema/bpmn" exporter="Camunda Modeler" exporterVersion="5.31.0" modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.22.0">
  <bpmn:process id="invoice-approval" name="Invoice approval" isExecutable="true" camunda:historyTimeToLive="180">
    <bpmn:startEvent id="invoice-received" name="Invoice received">
      <bpmn:outgoing>to-approve</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:userTask id="approve-invoice" name="${taskName}" camunda:candidateGroups="front-office">
      <bpmn:incoming>to-approve</bpmn:incoming>
      <bpmn:outgoing>to-decision</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:exclusiveGateway id="approved-or-not" name="Approved?">
      <bpmn:incoming>to-decision</bpmn:incoming>
      <bpmn:outgoing>yes</bpmn:outgoing>
      <bpmn:outgoing>no</bpmn:outgoing>
    </bpmn:exclusiveGateway>
    <bpmn:endEvent id="invoice-approved" name="Invoice approved">
      <bpmn:incoming>yes</bpmn:incoming>
    </bpmn:endEvent>
    <bpmn:endEvent id="invoice-rejected" name="Invoice rejected">
      <bpmn:incoming>no</bpmn:incoming>
    </bpmn:endEvent>
    <bpmn:sequenceFlow id="to-approve" sourceRef="invoice-received" targetRef="approve-invoice" />
    <bpmn:sequenceFlow id="to-decision" sourceRef="approve-invoice" targetRef="approved-or-not" />
    <bpmn:sequenceFlow id="yes" sourceRef="approved-or-not" targetRef="invoice-approved">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">\${approved}</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="no" sourceRef="approved-or-not" targetRef="invoice-rejected">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">\${!approved}</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_1">
    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="invoice-approval">
      <bpmndi:BPMNShape id="invoice-received_di" bpmnElement="invoice-received"><dc:Bounds x="152" y="102" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="approve-invoice_di" bpmnElement="approve-invoice"><dc:Bounds x="240" y="80" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="approved-or-not_di" bpmnElement="approved-or-not" isMarkerVisible="true"><dc:Bounds x="395" y="95" width="50" height="50" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="invoice-approved_di" bpmnElement="invoice-approved"><dc:Bounds x="502" y="102" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="invoice-rejected_di" bpmnElement="invoice-rejected"><dc:Bounds x="502" y="212" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="to-approve_di" bpmnElement="to-approve"><di:waypoint x="188" y="120" /><di:waypoint x="240" y="120" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="to-decision_di" bpmnElement="to-decision"><di:waypoint x="340" y="120" /><di:waypoint x="395" y="120" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="yes_di" bpmnElement="yes"><di:waypoint x="445" y="120" /><di:waypoint x="502" y="120" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="no_di" bpmnElement="no"><di:waypoint x="420" y="145" /><di:waypoint x="420" y="230" /><di:waypoint x="502" y="230" /></bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}
