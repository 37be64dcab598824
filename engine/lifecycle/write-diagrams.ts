import { readFileSync, writeFileSync } from 'node:fs';
import { withDiagrams } from './diagrams.ts';

/** `npm run diagrams`: redraws the lifecycle diagrams in engine/README.md from the machines. */
const readme = new URL('../README.md', import.meta.url);
writeFileSync(readme, withDiagrams(readFileSync(readme, 'utf8')));
