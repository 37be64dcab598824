import { resolve } from 'node:path';
import { createEngine, ModelError } from '../engine/index.ts';
import { deployFiles, deployShippedProcesses } from '../processes/deploy-files.ts';
import { configFromEnv, openStore, startServer } from './server.ts';

const usage = `Usage: promesa <command>
  serve            start the server (PORT, DATABASE_URL) with the shipped processes deployed
  deploy FILE...   deploy BPMN files to the store named by DATABASE_URL`;

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  const config = configFromEnv();
  if (command === 'serve') {
    const running = startServer(config);
    const results = await deployShippedProcesses(running.engine);
    for (const { definitions, duplicate } of results) {
      for (const d of definitions) console.log(`${duplicate ? 'kept' : 'deployed'} ${d.processId} version ${d.version}`);
    }
    console.log(`Promesa listening on http://localhost:${config.port} (${config.databaseUrl})`);
    const stop = () => void running.stop().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return -1;
  }
  if (command === 'deploy' && rest.length > 0) {
    const store = openStore(config.databaseUrl);
    try {
      const results = await deployFiles(createEngine({ store, allowJavaScript: config.allowJavaScript }), rest.map((f) => resolve(f)));
      for (const { definitions, warnings, duplicate } of results) {
        for (const d of definitions) console.log(`${duplicate ? 'unchanged' : 'deployed'} ${d.processId} version ${d.version}`);
        for (const w of warnings) console.log(`  warning ${w.code} at ${w.elementId ?? '?'}${w.line ? ` line ${w.line}` : ''}: ${w.message}`);
      }
      return 0;
    } catch (error) {
      if (!(error instanceof ModelError)) throw error;
      console.error(`error: ${error.message}`);
      for (const p of error.details.problems ?? []) console.error(`  ${p.code} at ${p.elementId ?? '?'}${p.line ? ` line ${p.line}` : ''}: ${p.message}`);
      return 1;
    } finally {
      await store.close();
    }
  }
  console.error(usage);
  return 2;
}

const code = await main(process.argv.slice(2));
if (code >= 0) process.exit(code);
