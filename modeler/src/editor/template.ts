/**
 * The diagram a new draft starts from: a customer request in a pool with front-office,
 * back-office and supervisor lanes, received and answered by the front office. `{id}` and the
 * names are filled in by `newDiagram`.
 */
const TEMPLATE = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="{id}-definitions" targetNamespace="https://promesa.dev/processes">
  <bpmn:collaboration id="{id}-collaboration">
    <bpmn:participant id="{id}-pool" name="{pool}" processRef="{id}" />
  </bpmn:collaboration>
  <bpmn:process id="{id}" name="{process}" isExecutable="true">
    <bpmn:laneSet id="{id}-lanes">
      <bpmn:lane id="front-office-lane" name="{front}">
        <bpmn:flowNodeRef>request-received</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>answer-customer</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>request-answered</bpmn:flowNodeRef>
      </bpmn:lane>
      <bpmn:lane id="back-office-lane" name="{back}" />
      <bpmn:lane id="supervisor-lane" name="{supervisor}" />
    </bpmn:laneSet>
    <bpmn:startEvent id="request-received" name="{received}">
      <bpmn:outgoing>to-answer</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:sequenceFlow id="to-answer" sourceRef="request-received" targetRef="answer-customer" />
    <bpmn:userTask id="answer-customer" name="{answer}" camunda:candidateGroups="front-office" camunda:dueDate="PT3M">
      <bpmn:incoming>to-answer</bpmn:incoming>
      <bpmn:outgoing>to-answered</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:sequenceFlow id="to-answered" sourceRef="answer-customer" targetRef="request-answered" />
    <bpmn:endEvent id="request-answered" name="{answered}">
      <bpmn:incoming>to-answered</bpmn:incoming>
    </bpmn:endEvent>
  </bpmn:process>
  <bpmndi:BPMNDiagram id="{id}-diagram">
    <bpmndi:BPMNPlane id="{id}-plane" bpmnElement="{id}-collaboration">
      <bpmndi:BPMNShape id="{id}-pool-di" bpmnElement="{id}-pool" isHorizontal="true">
        <dc:Bounds x="160" y="80" width="800" height="450" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="front-office-lane-di" bpmnElement="front-office-lane" isHorizontal="true">
        <dc:Bounds x="190" y="80" width="770" height="150" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="back-office-lane-di" bpmnElement="back-office-lane" isHorizontal="true">
        <dc:Bounds x="190" y="230" width="770" height="150" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="supervisor-lane-di" bpmnElement="supervisor-lane" isHorizontal="true">
        <dc:Bounds x="190" y="380" width="770" height="150" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="request-received-di" bpmnElement="request-received">
        <dc:Bounds x="242" y="137" width="36" height="36" />
        <bpmndi:BPMNLabel><dc:Bounds x="222" y="180" width="77" height="27" /></bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="answer-customer-di" bpmnElement="answer-customer">
        <dc:Bounds x="460" y="115" width="100" height="80" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="request-answered-di" bpmnElement="request-answered">
        <dc:Bounds x="662" y="137" width="36" height="36" />
        <bpmndi:BPMNLabel><dc:Bounds x="642" y="180" width="77" height="27" /></bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="to-answer-di" bpmnElement="to-answer">
        <di:waypoint x="278" y="155" />
        <di:waypoint x="460" y="155" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="to-answered-di" bpmnElement="to-answered">
        <di:waypoint x="560" y="155" />
        <di:waypoint x="662" y="155" />
      </bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;

export interface TemplateNames {
  pool: string;
  process: string;
  front: string;
  back: string;
  supervisor: string;
  received: string;
  answer: string;
  answered: string;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The template as XML, with a process id and the names in the user's language. */
export function newDiagram(id: string, names: TemplateNames): string {
  return TEMPLATE.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key === 'id' ? id : key in names ? escapeXml(names[key as keyof TemplateNames]) : whole,
  );
}
