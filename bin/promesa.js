#!/usr/bin/env node
// Entry point of the `promesa` command: runs its esbuild build (dist/cli), built first when
// missing or older than the sources, so a call never compiles TypeScript.
import { pathToFileURL } from 'node:url';
import { buildIfStale, cliEntry } from './build-cli.mjs';

await buildIfStale();
await import(pathToFileURL(cliEntry).href);
