import type { Schemas } from '../api/client.ts';
import { problemMessage } from '../i18n/problem-message.ts';

/** A validator problem as a line reads it: its element, what is wrong in words, its line. */
export function ProblemText({ problem }: { problem: Schemas['Problem'] }) {
  return (
    <>
      {problem.elementId && <span class="mono">{problem.elementId}</span>} {problemMessage(problem)}
      {problem.line !== undefined && <span class="muted"> ({problem.line})</span>}
    </>
  );
}
