import { InvalidRequestError, NotFoundError } from './errors.ts';
import type { FormField, FormLink } from './model/graph.ts';
import type { DefinitionRecord, DeploymentRecord, Store } from './ports/store.ts';

/**
 * Camunda Forms linked from a user task, as Camunda 7.15+ reads them: form-js JSON deployed as
 * a `.form` resource, named either by `camunda:formKey="camunda-forms:deployment:<file>"` (a
 * file of the process's own deployment) or by `camunda:formRef="<form id>"` with
 * `camunda:formRefBinding` (`latest`, the default; `deployment`; `version` with
 * `camunda:formRefVersion`, counting the deployments that held that form id, oldest first).
 */

/** A form-js schema: what the form designer saves in a `.form` file. */
export interface FormSchema {
  id?: string;
  components?: FormComponent[];
  [property: string]: unknown;
}

/** One form-js component: a field bound to a variable by `key`, or a layout element. */
interface FormComponent {
  id?: string;
  type?: string;
  key?: string;
  label?: string;
  disabled?: boolean;
  readonly?: boolean;
  decimalDigits?: number;
  values?: { label?: string; value?: unknown }[];
  validate?: {
    required?: boolean;
    min?: number;
    max?: number;
    minLength?: number;
    maxLength?: number;
  };
  components?: FormComponent[];
}

const DEPLOYMENT_PREFIX = 'camunda-forms:deployment:';
const isFormResource = (name: string) => name.toLowerCase().endsWith('.form');

/** True when the task links a deployed form (it may still be missing). */
export const linksForm = (spec: FormLink | undefined): boolean =>
  !!spec && (spec.formRef !== undefined || !!spec.formKey?.startsWith(DEPLOYMENT_PREFIX));

/** A deployment resource a form link names: its file name and text, and the key that named it. */
export interface DeployedForm {
  name: string;
  content: string;
  /** The form key that named the file; null when a `formRef` did. */
  formKey: string | null;
}

/**
 * The form-js schema the task links, read from the deployments; null when it links none.
 * A link to a form that is not deployed is a 404 naming it.
 */
export async function linkedForm(
  store: Store,
  definition: DefinitionRecord,
  spec: FormLink | undefined,
): Promise<FormSchema | null> {
  if (!spec || !linksForm(spec)) return null;
  if (spec.formKey?.startsWith(DEPLOYMENT_PREFIX)) {
    const file = spec.formKey.slice(DEPLOYMENT_PREFIX.length);
    const resource = await deploymentFile(store, definition, file, spec.formKey);
    return parse(resource.content, file);
  }
  return (await referencedForm(store, definition, spec)).schema;
}

/**
 * The deployed file a start event's or task's form names, as Camunda's `deployed-form` reads
 * it: a `formKey` of `deployment:<file>` (also behind `embedded:` or `camunda-forms:`) is a file
 * of the process's deployment; else a `formRef` names a form-js form by id and binding. A key
 * naming no deployed file, or neither attribute, is an `InvalidRequestError`; a file or form
 * that is not deployed, a `NotFoundError`.
 */
export async function deployedForm(
  store: Store,
  definition: DefinitionRecord,
  link: FormLink | undefined,
): Promise<DeployedForm> {
  const formKey = link?.formKey;
  if (formKey !== undefined) {
    const name = formKey.replace(/^(embedded:|camunda-forms:)/, '');
    if (!name.startsWith('deployment:'))
      throw new InvalidRequestError(
        'form-not-deployed',
        `The form key '${formKey}' does not reference a deployed form.`,
      );
    const file = await deploymentFile(store, definition, name.slice('deployment:'.length), formKey);
    return { ...file, formKey };
  }
  if (link?.formRef !== undefined)
    return { ...(await referencedForm(store, definition, link)).resource, formKey: null };
  throw new InvalidRequestError(
    'no-form',
    "One of the attributes 'formKey' and 'camunda:formRef' must be supplied but none were set.",
  );
}

type DeploymentFile = Omit<DeployedForm, 'formKey'>;

async function deploymentFile(
  store: Store,
  definition: DefinitionRecord,
  file: string,
  link: string,
): Promise<DeploymentFile> {
  const resource = (await store.getDeployment(definition.deploymentId))?.resources.find(
    (r) => r.name === file,
  );
  if (!resource) throw formNotFound(link, `${file} is not in the process's deployment`);
  return { name: resource.name, content: resource.content };
}

/** The form-js form a `formRef` names, by its binding. */
async function referencedForm(
  store: Store,
  definition: DefinitionRecord,
  spec: FormLink,
): Promise<{ schema: FormSchema; resource: DeploymentFile }> {
  const id = spec.formRef!;
  const binding = spec.formRefBinding ?? 'latest';
  if (binding === 'deployment') {
    const own = await store.getDeployment(definition.deploymentId);
    const found = own && formIn(own, id);
    if (!found) throw formNotFound(id, "no form with this id is in the process's deployment");
    return found;
  }
  // Every deployment holding the form, oldest first: its versions.
  const versions: { schema: FormSchema; resource: DeploymentFile }[] = [];
  const summaries = [...(await store.listDeployments())].sort(
    (a, b) => a.deployedAt - b.deployedAt || (a.id < b.id ? -1 : 1),
  );
  for (const summary of summaries) {
    const deployment = await store.getDeployment(summary.id);
    const found = deployment && formIn(deployment, id);
    if (found) versions.push(found);
  }
  const wanted = binding === 'version' ? Number(spec.formRefVersion) : versions.length;
  const form = Number.isInteger(wanted) ? versions[wanted - 1] : undefined;
  if (!form)
    throw formNotFound(
      id,
      binding === 'version'
        ? `version ${spec.formRefVersion} of form ${id} is not deployed`
        : `no form with id ${id} is deployed`,
    );
  return form;
}

/** The form with this id among a deployment's `.form` files. */
function formIn(
  deployment: DeploymentRecord,
  id: string,
): { schema: FormSchema; resource: DeploymentFile } | undefined {
  for (const resource of deployment.resources) {
    if (!isFormResource(resource.name)) continue;
    const schema = parse(resource.content, resource.name);
    if (schema.id === id)
      return { schema, resource: { name: resource.name, content: resource.content } };
  }
  return undefined;
}

function parse(content: string, file: string): FormSchema {
  try {
    const schema = JSON.parse(content) as unknown;
    if (schema && typeof schema === 'object' && !Array.isArray(schema)) return schema as FormSchema;
  } catch {
    // Reported below, naming the file.
  }
  throw formNotFound(file, `${file} is not form JSON`);
}

function formNotFound(form: string, why: string): NotFoundError {
  return new NotFoundError('form-not-found', `The task's form ${form} cannot be read: ${why}`, {
    resource: form,
  });
}

/**
 * The fields of a form-js schema as the completion check knows them: every component bound to
 * a variable by `key`, with its type and its `validate` rules (groups looked into). Layout
 * components and disabled fields are left out.
 */
export function formSchemaFields(schema: FormSchema): FormField[] {
  const fields: FormField[] = [];
  const visit = (components: FormComponent[] | undefined) => {
    for (const c of components ?? []) {
      visit(c.components);
      if (!c.key || c.disabled) continue;
      const type = fieldType(c);
      if (!type) continue;
      const v = c.validate ?? {};
      fields.push({
        id: c.key,
        type,
        ...(c.label ? { label: c.label } : {}),
        ...(v.required ? { required: true } : {}),
        ...(c.readonly ? { readonly: true } : {}),
        ...(v.min !== undefined ? { min: v.min } : {}),
        ...(v.max !== undefined ? { max: v.max } : {}),
        ...(v.minLength !== undefined ? { minlength: v.minLength } : {}),
        ...(v.maxLength !== undefined ? { maxlength: v.maxLength } : {}),
        ...(type === 'enum'
          ? {
              values: (c.values ?? []).map((o) => ({
                id: String(o.value),
                ...(o.label ? { name: o.label } : {}),
              })),
            }
          : {}),
      });
    }
  };
  visit(schema.components);
  return fields;
}

/** The completion check's type for a form-js component; undefined for those it does not check. */
function fieldType(c: FormComponent): string | undefined {
  switch (c.type) {
    case 'textfield':
    case 'textarea':
      return 'string';
    case 'number':
      return c.decimalDigits === 0 ? 'long' : 'double';
    case 'checkbox':
      return 'boolean';
    case 'select':
    case 'radio':
      return 'enum';
    default:
      // Date pickers, checklists, tag lists and custom components: required is still checked.
      return c.validate?.required ? 'any' : undefined;
  }
}
