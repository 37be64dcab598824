// Child process of the crash test: starts instances on a file store and reports each one
// only after its start call has returned, until the parent kills it. With a concurrency above
// one, that many callers start instances at once, so their commits share pipelined batches.
import { readFile } from 'node:fs/promises';
import { openSqliteStore } from '../../db/sqlite/store.ts';
import { createEngine } from '../../engine/engine.ts';

const [filename, countText, concurrencyText = '1'] = process.argv.slice(2);
const store = openSqliteStore({ filename: filename! });
const engine = createEngine({ store });
const xml = await readFile(
  new URL('../../processes/customer-request.bpmn', import.meta.url),
  'utf8',
);
await engine.deploy({ name: 'customer-request.bpmn', xml });
process.stdout.write('ready\n');
let next = 0;
const caller = async () => {
  while (next < Number(countText)) {
    const instance = await engine.start('customer-request', { businessKey: `customer-${next++}` });
    process.stdout.write(`${instance.id}\n`);
  }
};
await Promise.all(Array.from({ length: Number(concurrencyText) }, caller));
process.stdout.write('done\n');
