import { resolve } from 'node:path';
import { backupDatabase, restoreDatabase, sqliteFileOf } from '../backup.ts';
import { CliError } from './errors.ts';

/** `promesa backup FILE` and `promesa restore FILE` on the SQLite database of `databaseUrl`. */
export async function backupCommand(
  command: 'backup' | 'restore',
  file: string,
  databaseUrl: string,
): Promise<void> {
  try {
    const databaseFile = sqliteFileOf(databaseUrl);
    if (command === 'backup') {
      const { pages } = await backupDatabase(databaseFile, resolve(file));
      console.log(`backed up ${databaseFile} to ${file} (${pages} pages, integrity ok)`);
    } else {
      restoreDatabase(resolve(file), databaseFile);
      console.log(`restored ${file} to ${databaseFile}`);
    }
  } catch (error) {
    throw new CliError([(error as Error).message]);
  }
}
