/**
 * The ids of variable instances, running and historic: Promesa keeps variables inside its
 * instances, not as rows with ids of their own, so an id is the instance, the scope or element
 * holding the variable, and its name, encoded so that it reads back exactly.
 */
export function variableInstanceId(instanceId: string, holder: string, name: string): string {
  return Buffer.from(JSON.stringify([instanceId, holder, name])).toString('base64url');
}

/** `[instanceId, holder, name]` of an id `variableInstanceId` made; undefined for any other. */
export function variableInstanceParts(id: string): [string, string, string] | undefined {
  try {
    const parts = JSON.parse(Buffer.from(id, 'base64url').toString('utf8'));
    return Array.isArray(parts) && parts.length === 3 && parts.every((p) => typeof p === 'string')
      ? (parts as [string, string, string])
      : undefined;
  } catch {
    return undefined;
  }
}
