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

/** The README's list of covered operations, by the document's tags, with the count. */
export function coveredMarkdown(doc: CamundaDocument, served: ServedOperation[]): string {
  const documented = documentedOperations(doc);
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
  const documentedParameters = new Map(documented.map((d) => [d.key, d.queryParameters]));
  const parameters = served.flatMap((s) => documentedParameters.get(s.key) ?? []);
  const honoured = served.flatMap((s) =>
    s.honoured.filter((name) => documentedParameters.get(s.key)?.includes(name)),
  );
  const excepted = (tag: string) => documented.filter((d) => d.tag === tag).length;
  const batches = documented.filter((d) => d.startsBatch && d.tag !== 'Batch');
  return [
    `Covered: ${covered.length} of the ${documented.length} operations of Camunda's OpenAPI description (7.15); of their ${parameters.length} documented query parameters, ${honoured.length} are honoured and ${parameters.length - honoured.length} refused with a 400 naming them:`,
    '',
    ...lines,
    '',
    `Excepted by design: DMN (Decision Definition, ${excepted('Decision Definition')} operations), batches (Batch, ${excepted('Batch')}, and the ${batches.length} operations that start one: ${batches.map((o) => `\`${o.method} ${o.path}\``).join(', ')}), telemetry (Telemetry, ${excepted('Telemetry')}); the 7.15 document describes no CMMN operations.`,
  ].join('\n');
}

export const COVERED_START = '<!-- camunda-covered:start (npm run camunda:covered) -->';
export const COVERED_END = '<!-- camunda-covered:end -->';
