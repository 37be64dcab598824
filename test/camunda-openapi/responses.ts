import { Ajv, type ValidateFunction } from 'ajv';
import { contractDocument, operationKey } from './operations.ts';

/**
 * Checks an `/engine-rest` answer against the response Camunda's OpenAPI description documents
 * for its operation and status: the JSON schema (types, nullability, Camunda's date format) and,
 * beyond what the schemas say, that no object carries a field the schema does not declare (a
 * misspelt field is a field a client never reads).
 */

type Schema = Record<string, any>;

/**
 * Fields later Camunda 7 versions added to the DTOs the 7.15 document describes, which Promesa
 * sends because current clients read them.
 */
const LATER_FIELDS = [
  'code',
  'createTime',
  'extensionProperties',
  'definitionKey',
  'lastUpdated',
  'camundaFormRef',
];

/**
 * The 7.15 document's known quirks, mended before validating: a variable's `value` is declared
 * `type: object` but is any JSON value (Java's `Object`); a nullable enum leaves `null` out of
 * its values; and a `$ref` property cannot say it is nullable, though Camunda sends null there
 * (a message correlation's `processInstance` when it reached an execution).
 */
function mendQuirks(schema: unknown, name?: string): unknown {
  if (Array.isArray(schema)) return schema.map((item) => mendQuirks(item));
  if (schema === null || typeof schema !== 'object') return schema;
  const s = schema as Schema;
  if (name === 'value' && s.type === 'object' && !s.properties) return {};
  if (s.$ref && name !== undefined) return { anyOf: [s, { type: 'null' }] };
  const mended: Schema = Object.fromEntries(
    Object.entries(s).map(([key, value]) =>
      key === 'properties'
        ? [key, Object.fromEntries(Object.entries(value).map(([p, v]) => [p, mendQuirks(v, p)]))]
        : [key, mendQuirks(value)],
    ),
  );
  if (mended.nullable && mended.enum) mended.enum = [...mended.enum, null];
  return mended;
}

const doc = mendQuirks(contractDocument()) as {
  paths: Record<string, Record<string, { responses?: Record<string, any> }>>;
  components: { schemas: Record<string, Schema> };
};
// The password-policy check answers each rule with its `valid` flag: the document defines that
// rule (`CheckPasswordPolicyRuleDto`) but gives the answer's rules the plain rule's schema.
doc.components.schemas.CheckPasswordPolicyResultDto = {
  type: 'object',
  properties: {
    valid: { type: 'boolean', nullable: true },
    rules: { type: 'array', items: { $ref: '#/components/schemas/CheckPasswordPolicyRuleDto' } },
  },
};

// The incident count answers one `CountResultDto`, as every count does; the document says an array.
doc.paths['/incident/count']!.get!.responses!['200'].content['application/json'].schema = {
  $ref: '#/components/schemas/CountResultDto',
};

const ajv = new Ajv({ strict: false, allErrors: true });
// Camunda's dates: `yyyy-MM-dd'T'HH:mm:ss.SSSZ`, e.g. `2013-01-23T14:42:45.000+0200`.
ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d{4}$/);
ajv.addFormat('int32', { type: 'number', validate: Number.isInteger });
ajv.addFormat('int64', { type: 'number', validate: Number.isInteger });
ajv.addFormat('binary', true);
ajv.addSchema({ components: doc.components }, 'camunda');

/** Each documented path as a pattern, literal paths before parameterised ones (`/task/count` before `/task/{id}`). */
const patterns = Object.keys(doc.paths)
  .map((path) => ({
    path,
    pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    parameters: (path.match(/\{/g) ?? []).length,
  }))
  .sort((a, b) => a.parameters - b.parameters);

const validators = new Map<string, ValidateFunction>();

const resolve = (schema: Schema): Schema => {
  if (schema.$ref) return resolve(doc.components.schemas[schema.$ref.split('/').pop()!]!);
  // A mended nullable `$ref` (see `mendQuirks`).
  if (schema.anyOf?.length === 2 && schema.anyOf[1].type === 'null')
    return resolve(schema.anyOf[0]);
  return schema;
};

/** The properties an object schema declares, through `$ref` and `allOf`. */
function declared(schema: Schema): Record<string, Schema> | undefined {
  const s = resolve(schema);
  if (s.allOf) return Object.assign({}, ...s.allOf.map((part: Schema) => declared(part) ?? {}));
  return s.properties;
}

function undeclaredFields(value: unknown, schema: Schema, at: string): string[] {
  const s = resolve(schema);
  if (Array.isArray(value) && s.items)
    return value.flatMap((item, i) => undeclaredFields(item, s.items, `${at}[${i}]`));
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const properties = declared(s);
  return Object.entries(value).flatMap(([name, field]) => {
    const fieldSchema =
      properties?.[name] ?? (typeof s.additionalProperties === 'object' && s.additionalProperties);
    if (fieldSchema) return undeclaredFields(field, fieldSchema, `${at}.${name}`);
    return properties && !LATER_FIELDS.includes(name) ? [`${at}.${name} is not declared`] : [];
  });
}

/**
 * What is wrong with an answer to `method path` (the path after `/engine-rest`, query left out),
 * or `[]`; operations and statuses the document does not describe are not checked.
 */
export function responseProblems(
  method: string,
  path: string,
  status: number,
  body: string,
): string[] {
  const documented = patterns.find((p) => p.pattern.test(path));
  const operation = documented && doc.paths[documented.path]![method.toLowerCase()];
  const response = operation?.responses?.[String(status)];
  const documentedSchema = response?.content?.['application/json']?.schema as Schema | undefined;
  if (!documentedSchema) return [];
  // A file answered as is (a deployed form-js form): the document's JSON is a byte stream.
  if ((documentedSchema as { format?: string }).format === 'binary') return [];
  // Camunda's 403 is an `AuthorizationExceptionDto` (the user and what they lack), though the
  // document names the plain `ExceptionDto` for most operations.
  const schema =
    status === 403 ? { $ref: '#/components/schemas/AuthorizationExceptionDto' } : documentedSchema;
  const key = `${operationKey(method, documented!.path)} ${status}`;
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile({
      ...JSON.parse(JSON.stringify(schema).replaceAll('"#/components', '"camunda#/components')),
    });
    validators.set(key, validate);
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return [`${key}: the body is not JSON: ${body.slice(0, 80)}`];
  }
  const problems = validate(value)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
  return [...problems, ...undeclaredFields(value, schema, '$')].map((p) => `${key}: ${p}`);
}
