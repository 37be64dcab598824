import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { isRole } from '../auth/roles.ts';
import { CliError, problemLine, usageError } from './errors.ts';
import { ask } from './prompt.ts';
import type { DiagramFile, Target } from './target.ts';

/** `deploy`, `users` and `token`: the same commands whichever target they write to. */

/** Reads every file before anything is deployed, so a missing one deploys nothing. */
export async function readDiagrams(paths: string[]): Promise<DiagramFile[]> {
  if (paths.length === 0) throw usageError('deploy FILE...');
  return Promise.all(
    paths.map(async (path) => {
      try {
        return { path, name: basename(path), xml: await readFile(path, 'utf8') };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === 'ENOENT' ? 'no such file' : (code ?? (error as Error).message);
        throw new CliError([`cannot read ${path}: ${reason}`]);
      }
    }),
  );
}

export async function deploy(target: Target, files: DiagramFile[]): Promise<void> {
  for (const file of files) {
    const { duplicate, definitions, warnings } = await target.deploy(file);
    for (const d of definitions)
      console.log(
        `${duplicate ? 'unchanged' : 'deployed'} ${d.processId} version ${d.version} on ${target.where}`,
      );
    for (const w of warnings) console.log(`warning ${problemLine(file.path, w)}`);
  }
}

export async function addUser(
  target: Target,
  username: string | undefined,
  options: { role?: string; groups?: string; password?: string },
): Promise<void> {
  if (!username || !isRole(options.role))
    throw usageError('users add NAME --role staff|supervisor|analyst|developer|admin');
  const password = options.password ?? (await ask(`Password for ${username}: `, { hidden: true }));
  if (password.length < 8) throw new CliError(['the password needs at least 8 characters']);
  const groups = (options.groups ?? '')
    .split(',')
    .map((g) => g.trim())
    .filter(Boolean);
  await target.addUser({ username, role: options.role, groups, password });
  const detail = groups.length ? `; groups ${groups.join(', ')}` : '';
  console.log(`added ${username} (${options.role}${detail}) on ${target.where}`);
}

export async function listUsers(target: Target): Promise<void> {
  for (const u of await target.listUsers())
    console.log(`${u.username}\t${u.role}\t${u.groups.join(',')}`);
}

/** Prints the token alone on stdout (for scripts); where it was made goes to stderr. */
export async function createToken(
  target: Target,
  username: string | undefined,
  name = 'cli',
): Promise<void> {
  if (!username) throw usageError('token create USER [--name NAME]');
  console.log(await target.createToken(username, name));
  console.error(`created token ${name} for ${username} on ${target.where}; it is shown only once`);
}
