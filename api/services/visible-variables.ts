import type { Engine, VariableScope, Variables } from '../../engine/index.ts';

/**
 * The variables seen from a token as one map: a nearer scope's name hides a farther one's, and
 * names keep the nearer scope's order (a task's own first, the process's last). With `local`,
 * only the token's own scope.
 */
export async function visibleVariables(
  engine: Engine,
  { instanceId, tokenId, local = false }: { instanceId: string; tokenId?: string; local?: boolean },
): Promise<Variables> {
  const scopes = await engine.variableScopes(instanceId, tokenId);
  return mergeScopes(local ? scopes.filter((s) => s.local) : scopes);
}

function mergeScopes(scopes: readonly VariableScope[]): Variables {
  const merged: Variables = {};
  for (const scope of scopes)
    for (const [name, value] of Object.entries(scope.variables))
      if (!Object.hasOwn(merged, name)) merged[name] = value;
  return merged;
}
