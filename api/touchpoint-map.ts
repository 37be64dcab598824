import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { TouchpointMap } from '../engine/index.ts';

const MapFile = z.object({ stages: z.record(z.string(), z.array(z.string().min(1))) });

/**
 * Reads the company's touchpoint map, `{ "stages": { "<stage>": ["<touchpoint>", ...] } }`;
 * a file of another shape stops the start with the reason.
 */
export function readTouchpointMap(file: string): TouchpointMap {
  const parsed = MapFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `${file} is not a touchpoint map ({ "stages": { "<stage>": ["<touchpoint>"] } }): ${parsed.error.issues[0]?.message}`,
    );
  return parsed.data;
}
