import type { Context } from 'hono';
import type { DefinitionRecord, DeploymentSummary, InstanceView } from '../../engine/index.ts';
import { invalidRequest } from './errors.ts';

/**
 * Camunda 7's DTO shapes shared by several resources. Fields Promesa has no notion of
 * (tenants, cases, suspension, version tags) are present with Camunda's "none" value, because
 * clients deserialise into classes that expect them.
 */

/** Where `/engine-rest` is mounted; links and the Modeler's Cockpit URLs hang off it. */
export const ENGINE_REST = '/engine-rest';

/** Camunda's default REST date format, `yyyy-MM-dd'T'HH:mm:ss.SSSZ`, in UTC: `2026-01-05T09:00:00.000+0000`. */
export function camundaDate(ms: number | null | undefined): string | null {
  return ms == null ? null : new Date(ms).toISOString().replace('Z', '+0000');
}

/** A date parameter in Camunda's format (or any ISO 8601 with an offset) as epoch ms; 400 otherwise. */
export function parseCamundaDate(value: string, field: string): number {
  const at = Date.parse(value);
  if (Number.isNaN(at))
    throw invalidRequest(`Cannot set query parameter '${field}' to value '${value}': not a date`);
  return at;
}

export interface Link {
  method: string;
  href: string;
  rel: string;
}

/** The `self` link of a resource, absolute like Camunda's (built from the request's origin). */
export function selfLink(c: Context, path: string): Link[] {
  return [
    { method: 'GET', href: `${new URL(c.req.url).origin}${ENGINE_REST}${path}`, rel: 'self' },
  ];
}

/** `ResourceOptionsDto`: the operations the caller may run on a resource, as `[method, rel]`. */
export function resourceOptions(c: Context, path: string, allowed: [string, string][]) {
  const href = `${new URL(c.req.url).origin}${ENGINE_REST}${path}`;
  return { links: allowed.map(([method, rel]) => ({ method, href, rel })) };
}

/** `ProcessDefinitionDto`; `resource` is the file the version was drawn in. */
export function toDefinitionDto(d: DefinitionRecord) {
  return {
    id: d.id,
    key: d.processId,
    category: null,
    description: null,
    name: d.name ?? null,
    version: d.version,
    resource: d.resource,
    deploymentId: d.deploymentId,
    diagram: null,
    suspended: d.suspended,
    tenantId: null,
    versionTag: null,
    historyTimeToLive: d.historyTimeToLive,
    startableInTasklist: d.startableInTasklist,
  };
}

/** `ProcessInstanceDto`. `ended` is true when the start ran the instance to its end. */
export function toInstanceDto(c: Context, instance: InstanceView) {
  return {
    links: selfLink(c, `/process-instance/${instance.id}`),
    id: instance.id,
    definitionId: instance.definitionId,
    definitionKey: instance.processId,
    businessKey: instance.businessKey ?? null,
    caseInstanceId: null,
    ended: instance.status !== 'active',
    suspended: instance.suspended,
    tenantId: null,
  };
}

/** `DeploymentDto`. */
export function toDeploymentDto(c: Context, d: DeploymentSummary) {
  return {
    links: selfLink(c, `/deployment/${d.id}`),
    id: d.id,
    name: d.name,
    source: d.source ?? null,
    deploymentTime: camundaDate(d.deployedAt),
    tenantId: null,
  };
}

/** Camunda's `firstResult`/`maxResults` paging over an already filtered list. */
export function page<T>(
  items: T[],
  { firstResult, maxResults }: { firstResult?: number; maxResults?: number },
): T[] {
  const from = firstResult ?? 0;
  return items.slice(from, maxResults === undefined ? undefined : from + maxResults);
}
