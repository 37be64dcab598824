import { createRoute, z } from '@hono/zod-openapi';
import {
  type Engine,
  InvalidRequestError,
  type InstanceView,
  type JobKind,
  type JobQuery,
  type JobRecord,
  type JobSortKey,
  PARKED_JOB_DUE_AT,
} from '../../../engine/index.ts';
import { camundaDate, parseCamundaDate } from '../dto.ts';
import { CamundaError, ifFound, invalidRequest, notFound } from '../errors.ts';
import { addQueryRoutes, param, type QueryOf, storeSort } from '../query-resource.ts';
import { allOf, pairedFlag, suspensionFilter } from '../query-params.ts';
import { BooleanParam, camundaApp, doc, IdParam, requiredJson } from '../route.ts';

/**
 * Camunda's job resource over Promesa's jobs: timers (`timer`, SLA checks included) and
 * asynchronous continuations (`message`). A job whose retries ran out waits parked with a
 * `failedJob` incident until an operator sets its retries again.
 */

const filters = {
  jobId: param.text(),
  jobIds: param.list(),
  jobDefinitionId: param.text(),
  processInstanceId: param.text(),
  processInstanceIds: param.list(),
  executionId: param.text(),
  processDefinitionId: param.text(),
  processDefinitionKey: param.text(),
  activityId: param.text(),
  withRetriesLeft: param.bool(),
  executable: param.bool(),
  timers: param.bool(),
  messages: param.bool(),
  dueDates: param.dateConditions('dueDates'),
  createTimes: param.dateConditions('createTimes'),
  withException: param.bool(),
  exceptionMessage: param.text(),
  failedActivityId: param.text(),
  noRetriesLeft: param.bool(),
  active: param.bool(),
  suspended: param.bool(),
  priorityLowerThanOrEquals: param.int(),
  priorityHigherThanOrEquals: param.int(),
  tenantIdIn: param.list(),
  withoutTenantId: param.bool(),
  includeJobsWithoutTenantId: param.bool(),
};
const SORT_BY = [
  'jobId',
  'executionId',
  'processInstanceId',
  'processDefinitionId',
  'processDefinitionKey',
  'jobPriority',
  'jobRetries',
  'jobDueDate',
  'tenantId',
] as const;
type Query = QueryOf<typeof filters, (typeof SORT_BY)[number]>;

/** A job with the definition it runs for (its instance's, or a start timer's own). */
interface Found {
  job: JobRecord;
  definitionId: string | null;
  processId: string | null;
}
const dueAt = (j: JobRecord) => (j.dueAt === PARKED_JOB_DUE_AT ? null : j.dueAt);
const failedAt = (j: JobRecord) => (j.payload.lastError ? (j.elementId ?? null) : null);
const sortKeyOf: Record<(typeof SORT_BY)[number], JobSortKey | undefined> = {
  jobId: 'id',
  executionId: 'instanceId',
  processInstanceId: 'instanceId',
  processDefinitionId: 'definitionId',
  processDefinitionKey: 'processId',
  jobPriority: 'priority',
  jobRetries: 'retries',
  // A parked job's due date (none) is the largest there is, as a null sorts.
  jobDueDate: 'dueAt',
  // Nothing belongs to a tenant: every job sorts alike.
  tenantId: undefined,
};

/** `JobDto`. Promesa's jobs have no job definitions; their priority is 0 unless an operator set one. */
function toJobDto({ job: j, definitionId, processId }: Found) {
  return {
    id: j.id,
    jobDefinitionId: null,
    dueDate: camundaDate(dueAt(j)),
    processInstanceId: j.instanceId ?? null,
    executionId: j.instanceId ?? null,
    processDefinitionId: definitionId,
    processDefinitionKey: processId,
    retries: j.retries,
    exceptionMessage: j.payload.lastError ?? null,
    failedActivityId: failedAt(j),
    suspended: j.suspended,
    priority: j.priority ?? 0,
    tenantId: null,
    createTime: camundaDate(j.createdAt),
  };
}

/** The job kinds Camunda's `timers` and `messages` flags leave; internal jobs are never listed. */
function kindsOf(q: Query): JobKind[] {
  return (['timer', 'async-continuation'] as const).filter(
    (kind) =>
      (q.timers === undefined || q.timers === (kind === 'timer')) &&
      (q.messages === undefined || q.messages === (kind === 'async-continuation')),
  );
}

/** The store query of a Camunda job query at `now`; undefined when nothing can match. */
function storeQuery(
  q: Query,
  now: number,
  page: { firstResult?: number; maxResults?: number } = {},
): JobQuery | undefined {
  // No job definitions or tenants.
  if (
    q.jobDefinitionId !== undefined ||
    (q.tenantIdIn !== undefined && q.includeJobsWithoutTenantId !== true)
  )
    return undefined;
  const retriesLeft = pairedFlag(q.withRetriesLeft, q.noRetriesLeft);
  if (retriesLeft === null) return undefined;
  return {
    suspended: suspensionFilter(q),
    match: {
      ids: allOf(q.jobId, q.jobIds),
      // A job's execution is its instance.
      instanceIds: allOf(q.processInstanceId, q.processInstanceIds, q.executionId),
      kinds: kindsOf(q),
      elementIds: allOf(q.activityId),
      definitionIds: allOf(q.processDefinitionId),
      processIds: allOf(q.processDefinitionKey),
      retriesLeft,
      executable: q.executable === undefined ? undefined : { now, runnable: q.executable },
      due: q.dueDates,
      created: q.createTimes,
      failed: q.withException,
      errorMessage: q.exceptionMessage,
      failedElementId: q.failedActivityId,
      priority:
        q.priorityHigherThanOrEquals === undefined && q.priorityLowerThanOrEquals === undefined
          ? undefined
          : { atLeast: q.priorityHigherThanOrEquals, atMost: q.priorityLowerThanOrEquals },
    },
    sort: storeSort(q.sort, sortKeyOf),
    offset: page.firstResult,
    limit: page.maxResults,
  };
}

const byId = (method: 'get' | 'put' | 'post', path: string, summary: string) => ({
  method,
  path: `/job/{id}${path}`,
  ...doc(summary),
});
const get = createRoute({ ...byId('get', '', 'One job'), request: { params: IdParam } });
const stacktrace = createRoute({
  ...byId('get', '/stacktrace', "The error of the job's last failed run, as text; 204 when none"),
  request: { params: IdParam },
});
const retries = createRoute({
  ...byId('put', '/retries', 'Set the retries: 0 raises a `failedJob` incident, more resolves it'),
  request: {
    params: IdParam,
    body: requiredJson(z.object({ retries: z.number().int().min(0) }).strict()),
  },
});
const duedate = createRoute({
  ...byId('put', '/duedate', 'Move the due date (null: due now)'),
  request: {
    params: IdParam,
    body: requiredJson(
      z
        .object({
          duedate: z.string().nullable().optional(),
          cascade: z.boolean().nullable().optional(),
        })
        .strict(),
    ),
  },
});
const priority = createRoute({
  ...byId(
    'put',
    '/priority',
    'Set the priority: listed, filtered and sorted by; runs stay in due order',
  ),
  request: {
    params: IdParam,
    body: requiredJson(
      z.object({ priority: z.number().int().safe().nullable().optional() }).strict(),
    ),
  },
});
const recalculate = createRoute({
  ...byId(
    'post',
    '/duedate/recalculate',
    "Compute a timer job's due date again from its timer definition, from its creation (default) or from now",
  ),
  request: { params: IdParam, query: z.object({ creationDateBased: BooleanParam.optional() }) },
});
const execute = createRoute({
  ...byId('post', '/execute', 'Run the job now; its failure answers 500 and counts as an attempt'),
  request: { params: IdParam },
});

export function jobRoutes(engine: Engine) {
  const app = camundaApp();

  async function withDefinitions(jobs: JobRecord[]): Promise<Found[]> {
    const instances = new Map<string, InstanceView | undefined>();
    for (const id of new Set(jobs.flatMap((j) => (j.instanceId ? [j.instanceId] : []))))
      instances.set(id, await ifFound(engine.getInstance(id)));
    return jobs.map((job) => {
      const instance = job.instanceId ? instances.get(job.instanceId) : undefined;
      const start = job.payload.type === 'timer-start' ? job.payload : undefined;
      return {
        job,
        definitionId: instance?.definitionId ?? start?.definitionId ?? null,
        processId: instance?.processId ?? start?.processId ?? null,
      };
    });
  }

  async function job(id: string): Promise<JobRecord> {
    const found = await ifFound(engine.getJob(id));
    if (!found || found.kind === 'internal') throw notFound(`Job with id ${id} does not exist`);
    return found;
  }

  addQueryRoutes(app, {
    path: '/job',
    noun: 'jobs (timers and asynchronous continuations)',
    filters,
    sortBy: SORT_BY,
    async list(_c, q, paging) {
      const query = storeQuery(q, engine.now(), paging);
      return query ? (await withDefinitions(await engine.listJobs(query))).map(toJobDto) : [];
    },
    async count(_c, q) {
      const query = storeQuery(q, engine.now());
      return query ? engine.countJobs(query) : 0;
    },
  });

  app.openapi(get, async (c) => {
    const [found] = await withDefinitions([await job(c.req.valid('param').id)]);
    return c.json(toJobDto(found!), 200);
  });

  app.openapi(stacktrace, async (c) => {
    const { lastError } = (await job(c.req.valid('param').id)).payload;
    return lastError ? c.text(lastError, 200) : c.body(null, 204);
  });

  app.openapi(retries, async (c) => {
    const { id } = c.req.valid('param');
    await job(id);
    await engine.setJobRetries(id, c.req.valid('json').retries);
    return c.body(null, 204);
  });

  app.openapi(duedate, async (c) => {
    const { id } = c.req.valid('param');
    const { duedate: date, cascade } = c.req.valid('json');
    if (cascade) throw invalidRequest('cascade is not supported: move each job by itself');
    await job(id);
    await engine.setJobDueDate(id, date ? parseCamundaDate(date, 'duedate') : engine.now());
    return c.body(null, 204);
  });

  app.openapi(priority, async (c) => {
    const { id } = c.req.valid('param');
    const wanted = c.req.valid('json').priority;
    if (wanted == null)
      throw new CamundaError(400, 'RestException', `Priority for job '${id}' cannot be null.`);
    await job(id);
    await engine.setJobPriority(id, wanted);
    return c.body(null, 204);
  });

  app.openapi(recalculate, async (c) => {
    const { id } = c.req.valid('param');
    await job(id);
    const creationDateBased = c.req.valid('query').creationDateBased ?? true;
    try {
      await engine.recalculateJobDueDate(id, { creationDateBased });
    } catch (error) {
      // Camunda answers a job it cannot recalculate with a 500 (`ProcessEngineException`).
      if (error instanceof InvalidRequestError)
        throw new CamundaError(500, 'InvalidRequestException', error.message);
      throw error;
    }
    return c.body(null, 204);
  });

  app.openapi(execute, async (c) => {
    const { id } = c.req.valid('param');
    await job(id);
    await engine.executeJob(id);
    return c.body(null, 204);
  });

  return app;
}
