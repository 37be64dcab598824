import { deployShippedProcesses } from '../../processes/deploy-files.ts';
import { configFromEnv, startServer } from '../server.ts';

/** `promesa serve`: the server on `PORT` and `DATABASE_URL`, with the shipped processes deployed. */
export async function serve(): Promise<void> {
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
}
