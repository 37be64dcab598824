import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { createSqliteDraftStore } from '../db/sqlite/draft-store.ts';
import { createSqliteIdentityStore } from '../db/sqlite/identity-store.ts';
import { openSqliteStore } from '../db/sqlite/store.ts';
import { createEngine } from '../engine/index.ts';
import { createApp } from './app.ts';
import { Identity } from './auth/identity.ts';

/** The browser app's copy of the API's types; `npm test` fails when it differs from the API. */
export const API_TYPES_FILE = fileURLToPath(
  new URL('../modeler/src/api/schema.ts', import.meta.url),
);

const HEADER =
  '// Generated from /api/openapi.json by `npm run api:types`; do not edit by hand.\n\n';

/**
 * The TypeScript types (`paths`, `components`) of the OpenAPI document the app serves, for the
 * browser app's openapi-fetch client.
 */
export async function openApiTypes(): Promise<string> {
  const store = openSqliteStore({ filename: ':memory:' });
  try {
    const engine = createEngine({ store });
    const identity = new Identity(createSqliteIdentityStore(store.database));
    const drafts = createSqliteDraftStore(store.database);
    const response = await createApp({ engine, identity, drafts }).request('/api/openapi.json');
    const document = (await response.json()) as Parameters<typeof openapiTS>[0];
    await engine.close();
    return HEADER + astToString(await openapiTS(document));
  } finally {
    await store.close();
  }
}

if (process.argv.includes('--write')) {
  writeFileSync(API_TYPES_FILE, await openApiTypes());
  console.log(`wrote ${API_TYPES_FILE}`);
}
