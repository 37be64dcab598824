import { parseArgs } from 'node:util';
import { CliError, usageError } from './errors.ts';
import type { Target } from './target.ts';

/**
 * The `promesa` command. `deploy`, `users` and `token` talk to a running server through its
 * API (`--server`, `PROMESA_URL`, else http://localhost:3000), or with `--database` write to a
 * database directly; every line they print names which. Modules beyond the one a command needs
 * are imported on demand, so `--help` and server calls start fast.
 */

const DEFAULT_SERVER = 'http://localhost:3000';
const DEFAULT_DATABASE = 'sqlite:./data/promesa.db';

const usage = `Usage: promesa <command> [options]

Commands:
  serve [--demo]                start the server (PORT, DATABASE_URL) with the shipped processes deployed;
                                --demo (or PROMESA_DEMO=1) adds demo people, workers and customers
  deploy FILE...                deploy BPMN files
  users list                    list the users with their role and groups
  users add NAME --role ROLE [--groups a,b] [--password P]
                                add a user (staff, supervisor, analyst, developer, admin);
                                asks for the password when not given
  token create USER [--name N]  create an API token for USER and print it, once
  backup FILE                   SQLite's online backup of the database into FILE, also while
                                the server runs (--database URL, else DATABASE_URL)
  restore FILE                  put a backup in place of the database; refused while a server
                                has it open

Where deploy, users and token go:
  --server URL       a running Promesa (default PROMESA_URL, else ${DEFAULT_SERVER}), as the
                     user of the token in PROMESA_TOKEN, or as --user NAME with a password prompt
  --database [URL]   the database itself, no server (default DATABASE_URL, else ${DEFAULT_DATABASE})
  -h, --help         this text`;

/** `--database` may stand alone: the server's own database is then meant. */
function withDatabaseDefault(argv: string[], env: NodeJS.ProcessEnv): string[] {
  const index = argv.indexOf('--database');
  const next = argv[index + 1];
  if (index < 0 || (next !== undefined && /^(sqlite:|postgres(ql)?:\/\/)/.test(next))) return argv;
  return [
    ...argv.slice(0, index + 1),
    env.DATABASE_URL ?? DEFAULT_DATABASE,
    ...argv.slice(index + 1),
  ];
}

function parse(argv: string[], env: NodeJS.ProcessEnv) {
  try {
    return parseArgs({
      args: withDatabaseDefault(argv, env),
      allowPositionals: true,
      options: {
        server: { type: 'string' },
        database: { type: 'string' },
        user: { type: 'string' },
        role: { type: 'string' },
        groups: { type: 'string' },
        password: { type: 'string' },
        name: { type: 'string' },
        demo: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw usageError((error as Error).message.split('\n')[0]!);
  }
}

async function openTarget(
  values: { server?: string; database?: string; user?: string },
  env: NodeJS.ProcessEnv,
): Promise<Target> {
  if (values.server && values.database)
    throw usageError('--server and --database name two targets: pass one');
  if (values.database) {
    const { databaseTarget } = await import('./database-target.ts');
    return databaseTarget(values.database);
  }
  const { serverTarget } = await import('./server-target.ts');
  return serverTarget(values.server ?? env.PROMESA_URL ?? DEFAULT_SERVER, {
    token: env.PROMESA_TOKEN || undefined,
    user: values.user ?? env.PROMESA_USER,
  });
}

/** Runs one command line; resolves to the exit code, or to -1 for a server that keeps running. */
export async function main(argv: string[], env = process.env): Promise<number> {
  const { values, positionals } = parse(argv, env);
  const [command, sub, ...rest] = positionals;
  if (values.help || !command) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  if (command === 'serve') {
    const { serve } = await import('./serve.ts');
    await serve({ demo: values.demo || env.PROMESA_DEMO === '1' });
    return -1;
  }
  if ((command === 'backup' || command === 'restore') && sub && rest.length === 0) {
    const { backupCommand } = await import('./backup.ts');
    await backupCommand(command, sub, values.database ?? env.DATABASE_URL ?? DEFAULT_DATABASE);
    return 0;
  }
  const commands = await import('./commands.ts');
  const open = () => openTarget(values, env);
  if (command === 'deploy') {
    // Every file is read first: a missing one fails before any prompt or connection.
    const files = await commands.readDiagrams(positionals.slice(1));
    return withTarget(open, (target) => commands.deploy(target, files));
  }
  if (command === 'users' && sub === 'add')
    return withTarget(open, (target) => commands.addUser(target, rest[0], values));
  if (command === 'users' && sub === 'list')
    return withTarget(open, (target) => commands.listUsers(target));
  if (command === 'token' && sub === 'create')
    return withTarget(open, (target) => commands.createToken(target, rest[0], values.name));
  throw usageError(`${command}${sub ? ` ${sub}` : ''} is not a command`);
}

async function withTarget(
  open: () => Promise<Target>,
  run: (target: Target) => Promise<void>,
): Promise<number> {
  const target = await open();
  try {
    await run(target);
    return 0;
  } finally {
    await target.close();
  }
}

/** The process entry: one line per problem on stderr and a non-zero exit, never a stack trace. */
export async function runCli(argv: string[]): Promise<void> {
  try {
    const code = await main(argv);
    if (code >= 0) process.exit(code);
  } catch (error) {
    const lines = error instanceof CliError ? error.lines : [(error as Error).message];
    for (const line of lines) console.error(`promesa: ${line}`);
    process.exit(error instanceof CliError ? error.exitCode : 1);
  }
}
