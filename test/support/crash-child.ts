// Child process of the crash test: starts instances on a file store and reports each one
// only after its start call has returned, until the parent kills it.
import { readFile } from 'node:fs/promises';
import { openSqliteStore } from '../../db/sqlite/store.ts';
import { createEngine } from '../../engine/engine.ts';

const [filename, countText] = process.argv.slice(2);
const store = openSqliteStore({ filename: filename! });
const engine = createEngine({ store });
const xml = await readFile(new URL('../../processes/customer-request.bpmn', import.meta.url), 'utf8');
await engine.deploy({ name: 'customer-request.bpmn', xml });
process.stdout.write('ready\n');
for (let i = 0; i < Number(countText); i++) {
  const instance = await engine.start('customer-request', { businessKey: `customer-${i}` });
  process.stdout.write(`${instance.id}\n`);
}
process.stdout.write('done\n');
