import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Writes `openapi-supplement.json`: the operations of `SUPPLEMENT_OPERATIONS` and the schemas
 * they reference, copied unmodified from a later Camunda 7 OpenAPI document
 * (`tsx test/camunda-openapi/extract-supplement.ts <openapi.json>`; see SOURCES.md).
 */
export const SUPPLEMENT_OPERATIONS: Record<string, string[]> = {
  '/history/task': ['get', 'post'],
  '/history/task/count': ['get', 'post'],
  '/history/variable-instance': ['get', 'post'],
  '/history/variable-instance/count': ['get', 'post'],
  '/history/variable-instance/{id}': ['get'],
  '/history/variable-instance/{id}/data': ['get'],
};

type Json = Record<string, any>;

function refsOf(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) for (const item of value) refsOf(item, into);
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string') into.add(item.split('/').pop()!);
      else refsOf(item, into);
    }
}

if (process.argv[2]) {
  const full: Json = JSON.parse(readFileSync(process.argv[2], 'utf8'));
  const paths = Object.fromEntries(
    Object.entries(SUPPLEMENT_OPERATIONS).map(([path, methods]) => [
      path,
      Object.fromEntries(methods.map((m) => [m, full.paths[path][m]])),
    ]),
  );
  const names = new Set<string>();
  refsOf(paths, names);
  for (let size = 0; size !== names.size; ) {
    size = names.size;
    for (const name of [...names]) refsOf(full.components.schemas[name], names);
  }
  const schemas = Object.fromEntries(
    Object.keys(full.components.schemas)
      .filter((name) => names.has(name))
      .map((name) => [name, full.components.schemas[name]]),
  );
  const supplement = { openapi: full.openapi, info: full.info, paths, components: { schemas } };
  writeFileSync(
    new URL('openapi-supplement.json', import.meta.url),
    `${JSON.stringify(supplement, null, 2)}\n`,
  );
}
