import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DeployResult, Engine } from '../engine/index.ts';

/** The folder of the shipped customer-process library. */
export const processesDir = fileURLToPath(new URL('.', import.meta.url));
/** The shipped touchpoint map: the stages and touchpoints the library's company has. */
export const touchpointMapFile = join(processesDir, 'touchpoints.json');

/** Deploys BPMN files; identical files already deployed create no new version. */
export async function deployFiles(
  engine: Engine,
  files: string[],
  deployedBy?: string,
): Promise<DeployResult[]> {
  const results: DeployResult[] = [];
  for (const file of files) {
    const xml = await readFile(file, 'utf8');
    results.push(await engine.deploy({ name: basename(file), xml, deployedBy }));
  }
  return results;
}

/** Deploys every `*.bpmn` file of the shipped library (`processes/`). */
export async function deployShippedProcesses(engine: Engine): Promise<DeployResult[]> {
  const files = (await readdir(processesDir)).filter((name) => name.endsWith('.bpmn')).sort();
  return deployFiles(
    engine,
    files.map((name) => join(processesDir, name)),
  );
}
