// Child process of the two-engine distribution test: an engine of its own on the shared
// database, handing lanes' work out through the identity store there, starts instances of
// `handed-out-work` from four callers at once and says `done`.
import { openStores } from '../../api/server.ts';
import { Identity } from '../../api/auth/identity.ts';
import { createEngine } from '../../engine/engine.ts';

const [databaseUrl, countText, review] = process.argv.slice(2);
const { store, identityStore } = await openStores(databaseUrl!, { poolSize: 4 });
const engine = createEngine({ store, directory: new Identity(identityStore) });
let started = 0;
const caller = async () => {
  while (started < Number(countText)) {
    started++;
    await engine.start('handed-out-work', { variables: { review: review === 'review' } });
  }
};
await Promise.all(Array.from({ length: 4 }, caller));
await engine.close();
await store.close();
process.stdout.write('done\n');
