import { afterEach, beforeEach } from 'vitest';
import type {
  DefinitionRecord,
  DeploymentRecord,
  ExternalTaskRecord,
  IncidentRecord,
  InstanceRecord,
  JobRecord,
  Store,
  TaskRecord,
} from '../../engine/ports/store.ts';

/**
 * Record builders for the store contract: complete, valid records with every optional field
 * set to `null`, the form a store reads back, so tests can compare with `toEqual`.
 */

export function anInstance(overrides: Partial<InstanceRecord> = {}): InstanceRecord {
  return {
    id: 'instance-1',
    definitionId: 'complaint-handling:1',
    processId: 'complaint-handling',
    businessKey: null,
    status: 'active',
    version: 1,
    snapshot: {
      value: { 'answer-customer': 'waiting' },
      context: { variables: { channel: 'phone' } },
    },
    startedAt: 1_000,
    endedAt: null,
    parentInstanceId: null,
    suspended: false,
    ...overrides,
  };
}

export function aTask(overrides: Partial<TaskRecord> = {}): TaskRecord {
  return {
    id: 'task-1',
    instanceId: 'instance-1',
    definitionId: 'complaint-handling:1',
    processId: 'complaint-handling',
    businessKey: null,
    elementId: 'answer-customer',
    tokenId: 'token-1',
    name: 'Answer customer',
    state: 'open',
    lane: null,
    assignee: null,
    owner: null,
    candidateUsers: [],
    candidateGroups: [],
    dueAt: null,
    promiseDueAt: null,
    followUpAt: null,
    priority: 50,
    formKey: null,
    createdAt: 1_000,
    claimedAt: null,
    claimedBy: null,
    completedAt: null,
    completedBy: null,
    suspended: false,
    ...overrides,
  };
}

export function anExternalTask(overrides: Partial<ExternalTaskRecord> = {}): ExternalTaskRecord {
  return {
    id: 'ext-1',
    instanceId: 'instance-1',
    definitionId: 'complaint-handling:1',
    processId: 'complaint-handling',
    businessKey: null,
    elementId: 'send-letter',
    tokenId: 'token-1',
    topic: 'letters',
    state: 'open',
    priority: 0,
    workerId: null,
    lockExpiresAt: null,
    retries: null,
    availableAt: 0,
    errorMessage: null,
    errorDetails: null,
    createdAt: 1_000,
    suspended: false,
    ...overrides,
  };
}

export function aJob(overrides: Partial<JobRecord> = {}): JobRecord {
  return {
    id: 'job-1',
    kind: 'timer',
    instanceId: 'instance-1',
    elementId: 'sla-breached',
    tokenId: 'token-1',
    dueAt: 10_000,
    lockedBy: null,
    lockedUntil: null,
    attempts: 0,
    retries: 3,
    payload: { type: 'timer-catch' },
    createdAt: 1_000,
    suspended: false,
    ...overrides,
  };
}

export function anIncident(overrides: Partial<IncidentRecord> = {}): IncidentRecord {
  return {
    id: 'incident-1',
    type: 'failedJob',
    instanceId: 'instance-1',
    elementId: 'send-letter',
    tokenId: null,
    externalTaskId: null,
    jobId: 'job-1',
    message: 'Mail server unreachable',
    createdAt: 2_000,
    resolvedAt: null,
    ...overrides,
  };
}

export function aDeployment(overrides: Partial<DeploymentRecord> = {}): DeploymentRecord {
  return {
    id: 'deployment-1',
    name: 'complaint-handling',
    source: null,
    hash: 'a'.repeat(64),
    resources: [
      { name: 'complaint-handling.bpmn', hash: 'b'.repeat(64), content: '<definitions/>' },
      { name: 'complaint-form.json', hash: 'c'.repeat(64), content: '{"components":[]}' },
    ],
    deployedAt: 500,
    deployedBy: null,
    ...overrides,
  };
}

export function aDefinition(overrides: Partial<DefinitionRecord> = {}): DefinitionRecord {
  return {
    id: 'complaint-handling:1:deployment-1',
    processId: 'complaint-handling',
    version: 1,
    name: 'Complaint handling',
    deploymentId: 'deployment-1',
    resource: 'complaint-handling.bpmn',
    hash: 'b'.repeat(64),
    warnings: [],
    deployedAt: 500,
    candidateStarterGroups: ['front-office'],
    candidateStarterUsers: ['ana'],
    startableInTasklist: true,
    historyTimeToLive: null,
    suspended: false,
    ...overrides,
  };
}

/**
 * Gives each test of the enclosing `describe` a fresh store and closes it afterwards.
 *
 * @example
 * const store = useFreshStore(makeStore);
 * it('...', async () => { await store().commit({ ... }); });
 */
export function useFreshStore(makeStore: () => Promise<Store>): () => Store {
  let current: Store | undefined;
  beforeEach(async () => {
    current = await makeStore();
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('useFreshStore: no store outside a test');
    return current;
  };
}
