import { readFileSync } from 'node:fs';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../api/auth/roles.ts';

/**
 * What `/engine-rest` serves, held against Camunda's own OpenAPI description of its REST API
 * (`openapi.json` beside this file): the operations, their documented query parameters, and
 * the README's generated list of covered operations.
 */

interface Parameter {
  name: string;
  in: string;
}
interface Schema {
  $ref?: string;
  properties?: Record<string, unknown>;
  allOf?: Schema[];
}
interface Operation {
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
}
interface CamundaDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const METHODS = ['get', 'post', 'put', 'delete', 'patch', 'options', 'head'] as const;

/** Camunda's document, read from the copy in the repository. */
export function camundaDocument(): CamundaDocument {
  return JSON.parse(readFileSync(new URL('openapi.json', import.meta.url), 'utf8'));
}

/**
 * The later description of operations the 7.15 document leaves out (`openapi-supplement.json`,
 * see SOURCES.md): historic task and variable instances.
 */
export function supplementDocument(): CamundaDocument {
  return JSON.parse(readFileSync(new URL('openapi-supplement.json', import.meta.url), 'utf8'));
}

/**
 * The 7.15 document with the supplement's operations added, against which `/engine-rest` is
 * checked. A supplement schema whose name the 7.15 document gives another schema (its
 * `VariableValueDto` declares `value` as `AnyValue`) is kept under a name of its own, so each
 * operation is checked against the schemas of the document that describes it.
 */
export function contractDocument(): CamundaDocument {
  const base = camundaDocument();
  const supplement = supplementDocument();
  const renamed = new Map(
    Object.entries(supplement.components.schemas)
      .filter(
        ([name, schema]) =>
          base.components.schemas[name] !== undefined &&
          JSON.stringify(base.components.schemas[name]) !== JSON.stringify(schema),
      )
      .map(([name]) => [name, `${name}Supplement`]),
  );
  const own = <T>(value: T): T =>
    JSON.parse(JSON.stringify(value), (key, v) => {
      if (key !== '$ref' || typeof v !== 'string') return v;
      const name = v.split('/').pop()!;
      return renamed.has(name) ? `#/components/schemas/${renamed.get(name)}` : v;
    });
  const schemas = { ...base.components.schemas };
  for (const [name, schema] of Object.entries(supplement.components.schemas))
    schemas[renamed.get(name) ?? name] = own(schema);
  const paths = { ...base.paths };
  for (const [path, operations] of Object.entries(supplement.paths)) {
    for (const method of Object.keys(operations))
      if (base.paths[path]?.[method]) throw new Error(`${method} ${path} is in both documents`);
    paths[path] = { ...base.paths[path], ...own(operations) };
  }
  return { ...base, paths, components: { ...base.components, schemas } };
}

/** `GET /task/{}`: an operation's key with its path parameters unnamed (names differ in style). */
export const operationKey = (method: string, path: string) =>
  `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, '{}')}`;

export interface DocumentedOperation {
  key: string;
  method: string;
  path: string;
  tag: string;
  queryParameters: string[];
  /** The fields of its JSON object body (through `$ref` and `allOf`); undefined without one. */
  bodyFields?: string[];
  /** Answers a `BatchDto`: the operation starts a batch. */
  startsBatch: boolean;
}

/** Every operation of the document. */
export function documentedOperations(doc: CamundaDocument): DocumentedOperation[] {
  return Object.entries(doc.paths).flatMap(([path, operations]) =>
    METHODS.filter((m) => operations[m]).map((method) => ({
      key: operationKey(method, path),
      method: method.toUpperCase(),
      path,
      tag: operations[method]!.tags?.[0] ?? 'Other',
      queryParameters: (operations[method]!.parameters ?? [])
        .filter((p) => p.in === 'query')
        .map((p) => p.name),
      bodyFields: bodyFieldsOf(
        doc,
        operations[method]!.requestBody?.content?.['application/json']?.schema,
      ),
      startsBatch:
        operations[method]!.responses?.['200']?.content?.['application/json']?.schema?.$ref ===
        '#/components/schemas/BatchDto',
    })),
  );
}

function bodyFieldsOf(doc: CamundaDocument, schema: Schema | undefined): string[] | undefined {
  if (!schema) return undefined;
  if (schema.$ref) return bodyFieldsOf(doc, doc.components.schemas[schema.$ref.split('/').pop()!]);
  const own = Object.keys(schema.properties ?? {});
  const inherited = (schema.allOf ?? []).flatMap((part) => bodyFieldsOf(doc, part) ?? []);
  return own.length + inherited.length > 0 ? [...own, ...inherited] : undefined;
}

export interface ServedOperation {
  key: string;
  /** The route's path with its own parameter names, without the `/engine-rest` prefix. */
  path: string;
  /** The query parameters its schema declares (honours). */
  honoured: string[];
  /** The fields its JSON body schema declares (honoured, or refused by name); undefined: none. */
  bodyFields?: string[];
}

/** The operations the app serves under `/engine-rest`, from its OpenAPI registry. */
export function servedOperations(app: OpenAPIHono<AppEnv>): ServedOperation[] {
  return app.openAPIRegistry.definitions.flatMap((definition) => {
    if (definition.type !== 'route' || !definition.route.path.startsWith('/engine-rest/'))
      return [];
    const { method, path, request } = definition.route;
    const shape = (request?.query as { shape?: Record<string, unknown> } | undefined)?.shape;
    const own = path.slice('/engine-rest'.length);
    const body = (
      request?.body?.content as Record<string, { schema?: { shape?: object } }> | undefined
    )?.['application/json']?.schema?.shape;
    return [
      {
        key: operationKey(method, own),
        path: own,
        honoured: Object.keys(shape ?? {}),
        bodyFields: body ? Object.keys(body) : undefined,
      },
    ];
  });
}

/**
 * The README's list of covered operations, by the document's tags, with the count; then the
 * supplement's operations served.
 */
export function coveredMarkdown(
  doc: CamundaDocument,
  supplement: CamundaDocument,
  served: ServedOperation[],
): string {
  const documented = documentedOperations(doc);
  const later = documentedOperations(supplement);
  const servedKeys = new Set(served.map((s) => s.key));
  const covered = documented.filter((d) => servedKeys.has(d.key));
  const byTag = new Map<string, DocumentedOperation[]>();
  for (const operation of covered)
    byTag.set(operation.tag, [...(byTag.get(operation.tag) ?? []), operation]);
  const lines = [...byTag.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(
      ([tag, ops]) =>
        `- ${tag} (${ops.length}): ${ops.map((o) => `\`${o.method} ${o.path}\``).join(', ')}`,
    );
  const servedLater = later.filter((d) => servedKeys.has(d.key));
  /** Of the served operations a document describes: its query parameters, and those honoured. */
  const parametersIn = (operations: DocumentedOperation[]) => {
    const documentedParameters = new Map(operations.map((d) => [d.key, d.queryParameters]));
    return {
      all: served.flatMap((s) => documentedParameters.get(s.key) ?? []).length,
      honoured: served.flatMap((s) =>
        s.honoured.filter((name) => documentedParameters.get(s.key)?.includes(name)),
      ).length,
    };
  };
  const parameters = parametersIn(documented);
  const laterParameters = parametersIn(later);
  const excepted = (tag: string) => documented.filter((d) => d.tag === tag).length;
  const batches = documented.filter((d) => d.startsBatch && d.tag !== 'Batch');
  return [
    `Covered: ${covered.length} of the ${documented.length} operations of Camunda's OpenAPI description (7.15); of their ${parameters.all} documented query parameters, ${parameters.honoured} are honoured and ${parameters.all - parameters.honoured} refused with a 400 naming them:`,
    '',
    ...lines,
    '',
    `Beyond the 7.15 document: ${servedLater.length} of the ${later.length} operations of historic task and variable instances that a later Camunda 7 description documents (\`openapi-supplement.json\`), held to it the same way (of their ${laterParameters.all} documented query parameters, ${laterParameters.honoured} are honoured and ${laterParameters.all - laterParameters.honoured} refused)${servedLater.length ? `: ${servedLater.map((o) => `\`${o.method} ${o.path}\``).join(', ')}` : ''}.`,
    '',
    `Excepted by design: DMN (Decision Definition, ${excepted('Decision Definition')} operations), batches (Batch, ${excepted('Batch')}, and the ${batches.length} operations that start one: ${batches.map((o) => `\`${o.method} ${o.path}\``).join(', ')}), telemetry (Telemetry, ${excepted('Telemetry')}); the 7.15 document describes no CMMN operations.`,
  ].join('\n');
}

export const COVERED_START = '<!-- camunda-covered:start (npm run camunda:covered) -->';
export const COVERED_END = '<!-- camunda-covered:end -->';
