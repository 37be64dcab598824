// Child process of the crash test: starts instances on the database a DATABASE_URL names and
// reports each one only after its start call has returned, until the parent kills it. With a
// concurrency above one, that many callers start instances at once, so their commits overlap
// (SQLite: they share pipelined batches; PostgreSQL: they commit on several connections).
import { readFile } from 'node:fs/promises';
import { openStores } from '../../api/server.ts';
import { createEngine } from '../../engine/engine.ts';

const [databaseUrl, countText, concurrencyText = '1'] = process.argv.slice(2);
const { store } = await openStores(databaseUrl!);
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
