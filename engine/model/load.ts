import type { Problem } from '../errors.ts';
import { compileProcess } from './compile.ts';
import type { CompileContext } from './expression-text.ts';
import type { ExecutableGraph } from './graph.ts';
import { elementLines } from './lines.ts';
import { child, children, flag, parseBpmn, text, type ModdleElement } from './moddle.ts';
import { invalidModel, ProblemCollector } from './problems.ts';
import { validateGraph } from './validate.ts';
import { guardXml, type XmlGuardOptions } from './xml-guard.ts';
import { normalizeXml } from './xml-normalize.ts';

export interface LoadOptions extends XmlGuardOptions {
  /** Run `javascript` script tasks and conditions. Off by default: scripts are code from the diagram. */
  allowJavaScript?: boolean;
  /** Shortest interval a literal timer cycle may have (0: only a zero cycle is refused). */
  minTimerCycleMs?: number;
}

export interface LoadResult {
  /** One graph per executable process, in document order. */
  graphs: ExecutableGraph[];
  /** Findings kept with the deployment: unreachable nodes, gateways without default, parser notes. */
  warnings: Problem[];
}

/**
 * Parses, validates and compiles every executable process in a BPMN 2.0 file.
 *
 * Throws a `ModelError` when the file cannot run: `model-too-large`, `doctype-not-allowed`,
 * `nesting-too-deep`, `malformed-xml` and `not-bpmn` before parsing, otherwise
 * `invalid-model` listing every error in `details.problems` (each with its element and line).
 *
 * @example
 * const { graphs, warnings } = await loadDefinitions(xml);
 * graphs[0].nodes['answer-customer'].userTask?.candidateGroups // [{ literal: 'support' }]
 */
export async function loadDefinitions(xml: string, options: LoadOptions = {}): Promise<LoadResult> {
  guardXml(xml, options);
  const lines = elementLines(xml);
  const problems = new ProblemCollector(lines);
  const { definitions, unresolved } = await parseBpmn(normalizeXml(xml, problems), problems);
  const rootElements = new Map(
    children(definitions, 'rootElements')
      .filter((e) => e.id)
      .map((e) => [e.id!, e] as const),
  );
  const ctx: CompileContext = {
    problems,
    allowJavaScript: options.allowJavaScript ?? false,
    unresolved,
    lines,
    refused: new Set(),
    rootElements,
  };
  const pools = poolNames(definitions);
  const graphs = executableProcesses(definitions, problems).map((process) => {
    const graph = compileProcess(
      process,
      ctx,
      process.id === undefined ? undefined : pools.get(process.id),
    );
    validateGraph(graph, problems, ctx.refused, options);
    return graph;
  });
  if (problems.errors.length > 0) throw invalidModel(problems.errors);
  return { graphs, warnings: problems.warnings };
}

/**
 * The processes to compile. Camunda runs only `isExecutable="true"` processes; many test
 * models omit the flag, so a file with no executable process but exactly one process without
 * the attribute runs that one. An explicit `false` is never run.
 */
function executableProcesses(
  definitions: ModdleElement,
  problems: ProblemCollector,
): ModdleElement[] {
  const processes = children(definitions, 'rootElements').filter((e) => e.$type === 'bpmn:Process');
  const executable = processes.filter((p) => flag(p, 'isExecutable') === true);
  if (executable.length > 0) return executable;
  const unmarked = processes.filter((p) => flag(p, 'isExecutable') === undefined);
  if (unmarked.length === 1) return unmarked;
  const message =
    processes.length === 0
      ? 'The file contains no process'
      : unmarked.length > 1
        ? `None of the ${processes.length} processes is marked isExecutable="true"; mark the ones to run`
        : `No process is executable: ${processes.map((p) => `'${p.id}'`).join(', ')} ${processes.length > 1 ? 'are' : 'is'} marked isExecutable="false"`;
  problems.error('no-executable-process', message, processes[0]?.id ?? definitions.id);
  return [];
}

/** Pool names by process id: a pool often carries the only human-readable name of its process. */
function poolNames(definitions: ModdleElement): Map<string, string> {
  const names = new Map<string, string>();
  for (const collaboration of children(definitions, 'rootElements')) {
    for (const participant of children(collaboration, 'participants')) {
      const processId = child(participant, 'processRef')?.id;
      const name = text(participant, 'name');
      if (processId !== undefined && name !== undefined) names.set(processId, name);
    }
  }
  return names;
}
