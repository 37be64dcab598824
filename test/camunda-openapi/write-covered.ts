import { readFileSync, writeFileSync } from 'node:fs';
import { createApp } from '../../api/app.ts';
import type { DraftStore, Engine } from '../../engine/index.ts';
import type { Identity } from '../../api/auth/identity.ts';
import {
  camundaDocument,
  supplementDocument,
  COVERED_END,
  COVERED_START,
  coveredMarkdown,
  servedOperations,
} from './operations.ts';

/** Rewrites the README's generated list of covered Camunda operations (`npm run camunda:covered`). */
const readme = new URL('../../README.md', import.meta.url);
// Routes register without touching the engine, identity or drafts, so none is needed to list them.
const app = createApp({ engine: {} as Engine, identity: {} as Identity, drafts: {} as DraftStore });
const text = readFileSync(readme, 'utf8');
const start = text.indexOf(COVERED_START);
const end = text.indexOf(COVERED_END);
if (start < 0 || end < start)
  throw new Error(`README.md has no ${COVERED_START} … ${COVERED_END} block`);
const block = `${COVERED_START}\n${coveredMarkdown(camundaDocument(), supplementDocument(), servedOperations(app))}\n${COVERED_END}`;
writeFileSync(readme, text.slice(0, start) + block + text.slice(end + COVERED_END.length));
console.log('README.md: covered operations rewritten');
