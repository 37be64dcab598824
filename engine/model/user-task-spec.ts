import { formFields } from './form-fields.ts';
import type { FormLink, TextOrExpression, UserTaskSpec } from './graph.ts';
import { textOrExpression } from './expression-text.ts';
import { body, child, children, extensions, text, type ModdleElement } from './moddle.ts';

/**
 * Who works on a user task, and when: Camunda 7 attributes, BPMN resource roles and Zeebe
 * extension elements, merged into one `UserTaskSpec`.
 */

/**
 * Reads the assignment, schedule, priority and form of a user task.
 *
 * @example
 * // <userTask camunda:assignee="${owner}" camunda:candidateGroups="sales, ${region}"/>
 * userTaskSpec(task) // { assignee: { expression }, candidateGroups: [{ literal: 'sales' }, { expression }], ... }
 */
export function userTaskSpec(task: ModdleElement): UserTaskSpec {
  const spec: UserTaskSpec = {
    candidateUsers: commaList(text(task, 'camunda:candidateUsers')),
    candidateGroups: commaList(text(task, 'camunda:candidateGroups')),
  };
  setText(spec, 'assignee', text(task, 'camunda:assignee'));
  setText(spec, 'dueDate', text(task, 'camunda:dueDate'));
  setText(spec, 'followUpDate', text(task, 'camunda:followUpDate'));
  setText(spec, 'priority', text(task, 'camunda:priority'));
  Object.assign(spec, formLink(task));
  readResourceRoles(task, spec);
  readZeebe(task, spec);
  const fields = formFields(task);
  if (fields.length > 0) spec.formFields = fields;
  return spec;
}

/** The form a user task or start event names: `camunda:formKey`, or `camunda:formRef` and its binding. */
export function formLink(element: ModdleElement): FormLink {
  const link: FormLink = {};
  const formKey = text(element, 'camunda:formKey');
  if (formKey !== undefined) link.formKey = formKey;
  const formRef = text(element, 'camunda:formRef');
  if (formRef !== undefined) link.formRef = formRef;
  const binding = text(element, 'camunda:formRefBinding');
  if (binding === 'latest' || binding === 'deployment' || binding === 'version')
    link.formRefBinding = binding;
  const version = text(element, 'camunda:formRefVersion');
  if (version !== undefined) link.formRefVersion = version;
  return link;
}

type TextField = 'assignee' | 'dueDate' | 'followUpDate' | 'priority';

function setText(spec: UserTaskSpec, field: TextField, raw: string | undefined): void {
  if (raw !== undefined) spec[field] = textOrExpression(raw.trim());
}

/**
 * `humanPerformer` / `potentialOwner` formal expressions, as Camunda reads them: a comma list of
 * `user(id)`, `group(id)` or bare items. Bare items are the assignee for a humanPerformer and
 * candidate groups for a potentialOwner.
 */
function readResourceRoles(task: ModdleElement, spec: UserTaskSpec): void {
  for (const role of children(task, 'resources')) {
    const source = body(child(child(role, 'resourceAssignmentExpression'), 'expression'));
    if (!source) continue;
    const performer = role.$type === 'bpmn:HumanPerformer';
    if (performer) {
      // Camunda: a human performer names exactly one user.
      spec.assignee = textOrExpression(unwrap(source, 'user') ?? source);
      continue;
    }
    if (role.$type !== 'bpmn:PotentialOwner') continue;
    for (const item of splitList(source)) {
      const user = unwrap(item, 'user');
      const group = unwrap(item, 'group');
      if (user !== undefined) spec.candidateUsers.push(textOrExpression(user));
      else spec.candidateGroups.push(textOrExpression(group ?? item));
    }
  }
}

/** `user(kermit)` → `kermit` for prefix `user`; undefined when the item has another form. */
function unwrap(item: string, prefix: string): string | undefined {
  const match = new RegExp(`^${prefix}\\s*\\((.*)\\)$`, 's').exec(item.trim());
  return match?.[1]?.trim();
}

/** Zeebe: `assignmentDefinition`, `taskSchedule`, `priorityDefinition`, `formDefinition`. */
function readZeebe(task: ModdleElement, spec: UserTaskSpec): void {
  for (const assignment of extensions(task, 'zeebe:AssignmentDefinition')) {
    setText(spec, 'assignee', text(assignment, 'assignee'));
    spec.candidateUsers.push(...commaList(text(assignment, 'candidateUsers')));
    spec.candidateGroups.push(...commaList(text(assignment, 'candidateGroups')));
  }
  for (const schedule of extensions(task, 'zeebe:TaskSchedule')) {
    setText(spec, 'dueDate', text(schedule, 'dueDate'));
    setText(spec, 'followUpDate', text(schedule, 'followUpDate'));
  }
  for (const priority of extensions(task, 'zeebe:PriorityDefinition'))
    setText(spec, 'priority', text(priority, 'priority'));
  for (const form of extensions(task, 'zeebe:FormDefinition')) {
    const formKey = text(form, 'formKey');
    const formRef = text(form, 'formId') ?? text(form, 'externalReference');
    if (formKey !== undefined) spec.formKey = formKey;
    if (formRef !== undefined) spec.formRef = formRef;
  }
}

/**
 * A comma-separated list of users or groups. A FEEL expression (`=["a","b"]`) is one entry
 * yielding a list; otherwise commas inside `${...}`, brackets or parentheses do not split.
 */
export function commaList(raw: string | undefined): TextOrExpression[] {
  if (raw === undefined) return [];
  if (raw.trimStart().startsWith('=')) return [textOrExpression(raw.trim())];
  return splitList(raw).map(textOrExpression);
}

function splitList(raw: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '{' || c === '(' || c === '[') depth++;
    else if ((c === '}' || c === ')' || c === ']') && depth > 0) depth--;
    else if (c === ',' && depth === 0) {
      items.push(raw.slice(start, i));
      start = i + 1;
    }
  }
  items.push(raw.slice(start));
  return items.map((item) => item.trim()).filter((item) => item !== '');
}
