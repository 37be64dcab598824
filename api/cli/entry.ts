// The `promesa` command as a process: bin/promesa.js runs the build of this file.
import { runCli } from './main.ts';

await runCli(process.argv.slice(2));
