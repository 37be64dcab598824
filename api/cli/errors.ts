/**
 * What the `promesa` command tells the user when it stops: one line per problem, never a stack
 * trace, and an exit code (1 for a failed command, 2 for a command line it cannot read).
 */
export class CliError extends Error {
  constructor(
    readonly lines: string[],
    readonly exitCode = 1,
  ) {
    super(lines.join('\n'));
  }
}

/** A command line the CLI cannot read: the usage hint, exit code 2. */
export function usageError(hint: string): CliError {
  return new CliError([`usage: promesa ${hint} (promesa --help lists every command)`], 2);
}

/** A validator problem as one self-contained line: file, line, element, what is wrong. */
export function problemLine(
  file: string,
  problem: { message: string; line?: number; elementId?: string },
): string {
  const where = [
    problem.line !== undefined ? `line ${problem.line}` : undefined,
    problem.elementId,
  ].filter(Boolean);
  return `${file}${where.length ? ` (${where.join(', ')})` : ''}: ${problem.message}`;
}
