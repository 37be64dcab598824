/**
 * Processes for the staff pages' browser tests: a call-back the back office registers (its
 * start form asks for the phone number) and answers within `promise` (a form that asks how
 * long the call took); when the promise breaks, the supervisors get a review while the call
 * stays open, breached, in the back office's list.
 */
export function callBackProcess(id: string, name: string, promise: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="${id}-definitions" targetNamespace="https://promesa.dev/test">
  <bpmn:process id="${id}" name="${name}" isExecutable="true" camunda:candidateStarterGroups="back-office">
    <bpmn:laneSet id="${id}-lanes">
      <bpmn:lane id="back-office" name="Back office">
        <bpmn:flowNodeRef>requested</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>call-customer</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>called</bpmn:flowNodeRef>
      </bpmn:lane>
      <bpmn:lane id="supervisors" name="Supervisors">
        <bpmn:flowNodeRef>review-late-call</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>reviewed</bpmn:flowNodeRef>
      </bpmn:lane>
    </bpmn:laneSet>
    <bpmn:startEvent id="requested">
      <bpmn:extensionElements>
        <camunda:formData>
          <camunda:formField id="phone" label="Phone number" type="string">
            <camunda:validation><camunda:constraint name="required" /></camunda:validation>
          </camunda:formField>
        </camunda:formData>
      </bpmn:extensionElements>
    </bpmn:startEvent>
    <bpmn:sequenceFlow id="to-call" sourceRef="requested" targetRef="call-customer" />
    <bpmn:userTask id="call-customer" name="Call the customer back" camunda:candidateGroups="back-office" camunda:dueDate="${promise}">
      <bpmn:extensionElements>
        <camunda:formData>
          <camunda:formField id="minutes" label="Minutes on the phone" type="long">
            <camunda:validation><camunda:constraint name="required" /></camunda:validation>
          </camunda:formField>
          <camunda:formField id="solved" label="Solved on the call" type="boolean" />
        </camunda:formData>
      </bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:boundaryEvent id="promise-broken" attachedToRef="call-customer" cancelActivity="false">
      <bpmn:timerEventDefinition><bpmn:timeDuration>${promise}</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="to-called" sourceRef="call-customer" targetRef="called" />
    <bpmn:endEvent id="called" />
    <bpmn:sequenceFlow id="to-review" sourceRef="promise-broken" targetRef="review-late-call" />
    <bpmn:userTask id="review-late-call" name="Review the late call" camunda:candidateGroups="supervisors" />
    <bpmn:sequenceFlow id="to-reviewed" sourceRef="review-late-call" targetRef="reviewed" />
    <bpmn:endEvent id="reviewed" />
  </bpmn:process>
</bpmn:definitions>`;
}
