import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, openApiTypes } from '../../api/openapi-types.ts';

describe("the browser app's API types", () => {
  it('are generated from the OpenAPI document the server serves (run `npm run api:types` after an API change)', async () => {
    expect(readFileSync(API_TYPES_FILE, 'utf8') === (await openApiTypes())).toBe(true);
  });
});
