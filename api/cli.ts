import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import {
  createEngine,
  InvalidRequestError,
  ModelError,
  ConflictError,
  NotFoundError,
} from '../engine/index.ts';
import { deployFiles, deployShippedProcesses } from '../processes/deploy-files.ts';
import { Identity } from './auth/identity.ts';
import { isRole } from './auth/roles.ts';
import { configFromEnv, openStores, startServer } from './server.ts';

const usage = `Usage: promesa <command>
  serve                                  start the server (PORT, DATABASE_URL) with the shipped processes deployed
  deploy FILE...                         deploy BPMN files to the store named by DATABASE_URL
  users add NAME --role ROLE [--groups a,b] [--password P]
                                         add a user (staff, supervisor, analyst, developer, admin); asks for the password if not given
  token create USER [--name NAME]        create an API token for USER and print it once`;

async function serveCommand(): Promise<number> {
  const config = configFromEnv();
  const running = await startServer(config);
  for (const { definitions, duplicate } of await deployShippedProcesses(running.engine)) {
    for (const d of definitions)
      console.log(`${duplicate ? 'kept' : 'deployed'} ${d.processId} version ${d.version}`);
  }
  console.log(`Promesa listening on http://localhost:${config.port} (${config.databaseUrl})`);
  const stop = () => void running.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return -1;
}

async function deployCommand(files: string[]): Promise<number> {
  const { store } = await openStores(configFromEnv().databaseUrl);
  try {
    const results = await deployFiles(
      createEngine({ store, allowJavaScript: configFromEnv().allowJavaScript }),
      files.map((f) => resolve(f)),
    );
    for (const { definitions, warnings, duplicate } of results) {
      for (const d of definitions)
        console.log(`${duplicate ? 'unchanged' : 'deployed'} ${d.processId} version ${d.version}`);
      for (const w of warnings)
        console.log(
          `  warning ${w.code} at ${w.elementId ?? '?'}${w.line ? ` line ${w.line}` : ''}: ${w.message}`,
        );
    }
    return 0;
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    console.error(`error: ${error.message}`);
    for (const p of error.details.problems ?? [])
      console.error(
        `  ${p.code} at ${p.elementId ?? '?'}${p.line ? ` line ${p.line}` : ''}: ${p.message}`,
      );
    return 1;
  } finally {
    await store.close();
  }
}

/** Runs a command against the identity tables of the configured database. */
async function withIdentity(run: (identity: Identity) => Promise<number>): Promise<number> {
  const { store, identityStore } = await openStores(configFromEnv().databaseUrl);
  try {
    return await run(new Identity(identityStore));
  } catch (error) {
    if (
      !(
        error instanceof InvalidRequestError ||
        error instanceof ConflictError ||
        error instanceof NotFoundError
      )
    )
      throw error;
    console.error(`error: ${error.message}`);
    return 1;
  } finally {
    await store.close();
  }
}

async function askPassword(): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question('Password: ');
  } finally {
    rl.close();
  }
}

async function usersAdd(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { role: { type: 'string' }, groups: { type: 'string' }, password: { type: 'string' } },
  });
  const [username] = positionals;
  if (!username || !isRole(values.role))
    return fail('users add NAME --role staff|supervisor|analyst|developer|admin');
  const password = values.password ?? (await askPassword());
  if (password.length < 8) return fail('the password needs at least 8 characters');
  const groups = (values.groups ?? '')
    .split(',')
    .map((g) => g.trim())
    .filter(Boolean);
  return withIdentity(async (identity) => {
    await identity.addUser({ username, role: values.role as never, password, groups });
    console.log(
      `added ${username} (${values.role}${groups.length ? `; groups ${groups.join(', ')}` : ''})`,
    );
    return 0;
  });
}

async function tokenCreate(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { name: { type: 'string' } },
  });
  const [username] = positionals;
  if (!username) return fail('token create USER [--name NAME]');
  return withIdentity(async (identity) => {
    const { token } = await identity.createToken(username, values.name ?? 'cli');
    console.log(token);
    return 0;
  });
}

function fail(message: string): number {
  console.error(`usage: promesa ${message}`);
  return 2;
}

async function main([command, ...rest]: string[]): Promise<number> {
  if (command === 'serve') return serveCommand();
  if (command === 'deploy' && rest.length > 0) return deployCommand(rest);
  if (command === 'users' && rest[0] === 'add') return usersAdd(rest.slice(1));
  if (command === 'token' && rest[0] === 'create') return tokenCreate(rest.slice(1));
  console.error(usage);
  return 2;
}

const code = await main(process.argv.slice(2));
if (code >= 0) process.exit(code);
