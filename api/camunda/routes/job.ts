import { createRoute, z } from '@hono/zod-openapi';
import {
  type Engine,
  type InstanceView,
  type JobRecord,
  PARKED_JOB_DUE_AT,
} from '../../../engine/index.ts';
import { camundaDate, parseCamundaDate } from '../dto.ts';
import { ifFound, invalidRequest, notFound } from '../errors.ts';
import { equalTo, flagHolds, oneOfList, type SortValue } from '../listing.ts';
import {
  addQueryRoutes,
  inMemory,
  param,
  type QueryOf,
  withinConditions,
} from '../query-resource.ts';
import { suspensionFilter } from '../query-params.ts';
import { camundaApp, doc, IdParam, requiredJson } from '../route.ts';

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
const sortValue: Record<(typeof SORT_BY)[number], SortValue<Found>> = {
  jobId: (f) => f.job.id,
  executionId: (f) => f.job.instanceId,
  processInstanceId: (f) => f.job.instanceId,
  processDefinitionId: (f) => f.definitionId,
  processDefinitionKey: (f) => f.processId,
  jobPriority: () => 0,
  jobRetries: (f) => f.job.retries,
  jobDueDate: (f) => dueAt(f.job),
  tenantId: () => null,
};

/** `JobDto`. Promesa's jobs have no job definitions and no priority (0). */
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
    priority: 0,
    tenantId: null,
    createTime: camundaDate(j.createdAt),
  };
}

function matches({ job: j, definitionId, processId }: Found, q: Query, now: number): boolean {
  const due = dueAt(j);
  return (
    equalTo(j.id, q.jobId) &&
    oneOfList(j.id, q.jobIds) &&
    q.jobDefinitionId === undefined &&
    oneOfList(j.instanceId, q.processInstanceIds) &&
    equalTo(j.instanceId, q.executionId) &&
    equalTo(definitionId, q.processDefinitionId) &&
    equalTo(processId, q.processDefinitionKey) &&
    equalTo(j.elementId, q.activityId) &&
    flagHolds(q.withRetriesLeft, j.retries > 0) &&
    flagHolds(q.noRetriesLeft, j.retries <= 0) &&
    flagHolds(q.executable, j.retries > 0 && due !== null && due <= now && !j.suspended) &&
    flagHolds(q.timers, j.kind === 'timer') &&
    flagHolds(q.messages, j.kind === 'async-continuation') &&
    withinConditions(due, q.dueDates) &&
    withinConditions(j.createdAt, q.createTimes) &&
    flagHolds(q.withException, !!j.payload.lastError) &&
    equalTo(j.payload.lastError, q.exceptionMessage) &&
    equalTo(failedAt(j), q.failedActivityId) &&
    [undefined, j.suspended].includes(suspensionFilter(q)) &&
    (q.priorityLowerThanOrEquals === undefined || q.priorityLowerThanOrEquals >= 0) &&
    (q.priorityHigherThanOrEquals === undefined || q.priorityHigherThanOrEquals <= 0) &&
    (q.tenantIdIn === undefined || q.includeJobsWithoutTenantId === true)
  );
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

  async function matching(q: Query): Promise<Found[]> {
    const now = engine.now();
    const jobs = (await engine.listJobs({ instanceId: q.processInstanceId })).filter(
      (j) => j.kind !== 'internal',
    );
    return (await withDefinitions(jobs)).filter((f) => matches(f, q, now));
  }

  async function job(id: string): Promise<JobRecord> {
    const found = await ifFound(engine.getJob(id));
    if (!found || found.kind === 'internal') throw notFound(`Job with id ${id} does not exist`);
    return found;
  }

  addQueryRoutes(
    app,
    inMemory({
      path: '/job',
      noun: 'jobs (timers and asynchronous continuations)',
      filters,
      sortBy: SORT_BY,
      sortValue,
      matching: (_c, q) => matching(q),
      toDto: toJobDto,
    }),
  );

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

  app.openapi(execute, async (c) => {
    const { id } = c.req.valid('param');
    await job(id);
    await engine.executeJob(id);
    return c.body(null, 204);
  });

  return app;
}
