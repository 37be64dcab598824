import type { AddressInfo } from 'node:net';
import { deployShippedProcesses } from '../../processes/deploy-files.ts';
import { configFromEnv, startServer } from '../server.ts';

/**
 * `promesa serve`: the server on `PORT` and `DATABASE_URL`, with the shipped processes deployed;
 * with `demo`, the demo people, workers and a stream of customer requests as well.
 */
export async function serve(options: { demo?: boolean } = {}): Promise<void> {
  const config = configFromEnv();
  const running = await startServer(config);
  for (const { definitions, duplicate } of await deployShippedProcesses(running.engine)) {
    for (const d of definitions)
      console.log(`${duplicate ? 'kept' : 'deployed'} ${d.processId} version ${d.version}`);
  }
  const { port } = running.server.address() as AddressInfo;
  console.log(`Promesa listening on http://localhost:${port} (${config.databaseUrl})`);
  let demo: { stop(): Promise<void> } | undefined;
  if (options.demo) {
    const { startDemo } = await import('../../demo/start-demo.ts');
    demo = await startDemo({ url: `http://127.0.0.1:${port}`, identity: running.identity });
  }
  const stop = () =>
    void (demo?.stop() ?? Promise.resolve()).then(() => running.stop()).then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
