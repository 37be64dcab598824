import { expect } from 'vitest';
import { readTouchpointMap } from '../../api/touchpoint-map.ts';
import { deployShippedProcesses, touchpointMapFile } from '../../processes/deploy-files.ts';
import type { Role } from '../../engine/index.ts';
import { startTestApp, type TestApp } from './test-app.ts';

/**
 * The people who work the shipped library besides the test app's callers: a member of each lane
 * the processes name, and a supervisor in the `supervisors` group that takes escalated work.
 */
const libraryUsers = {
  sol: { role: 'staff', groups: ['sales'] },
  sam: { role: 'supervisor', groups: ['supervisors', 'front-office', 'back-office', 'sales'] },
} as const satisfies Record<string, { role: Role; groups: readonly string[] }>;

/** Who acts: a test app caller or a library user. */
export type Actor = 'front' | 'back' | 'developer' | 'analyst' | keyof typeof libraryUsers;

/** A task as `/api/tasks` answers it, with the fields the scenarios read. */
export interface ApiTask {
  id: string;
  elementId: string;
  name: string | null;
  lane: string | null;
  assignee: string | null;
  candidateGroups: string[];
  dueAt: string | null;
  sla: { state: string; targetAt: string } | null;
}

export interface LibraryApp {
  t: TestApp;
  /** Calls the API as an actor and returns the parsed JSON after asserting the status. */
  json<T = any>(
    actor: Actor,
    method: string,
    path: string,
    body?: unknown,
    status?: number,
  ): Promise<T>;
  start(
    actor: Actor,
    processId: string,
    body?: object,
  ): Promise<{ id: string; businessKey: string | null }>;
  /** Correlates a message through the API; answers the correlation result. */
  message(actor: Actor, body: object): Promise<any>;
  /** The one open task of the instance at an element, as the actor sees it in their task list. */
  task(actor: Actor, instanceId: string, elementId: string): Promise<ApiTask>;
  /** Claims the task unless the actor holds it already, then completes it with a form's values. */
  complete(actor: Actor, task: ApiTask, variables?: Record<string, unknown>): Promise<void>;
  /**
   * A worker's turn on a topic: fetches and locks exactly one task through the API, checks it
   * belongs to the instance and element, and completes it. Answers the variables it was given.
   */
  work(
    topic: string,
    instanceId: string,
    elementId: string,
    result?: Record<string, unknown>,
  ): Promise<Record<string, unknown>>;
  /** Moves the clock on and fires what fell due. */
  advance(duration: string): Promise<void>;
  /** The elements where the instance waits, and its status. */
  where(instanceId: string): Promise<{ status: string; activeElements: string[] }>;
  /** The instance's SLAs through the API, oldest first. */
  slas(instanceId: string): Promise<any[]>;
  /** The customer's timeline, oldest first, as kind and element name (a resolution: its end). */
  timeline(businessKey: string): Promise<[string, string | null][]>;
  close(): Promise<void>;
}

/**
 * The real app with every shipped process deployed from `processes/` (as `npm start` does),
 * checked to deploy without a warning, the shipped touchpoint map, and the people who work it.
 */
export async function startLibraryApp(): Promise<LibraryApp> {
  const t = await startTestApp({ touchpoints: readTouchpointMap(touchpointMapFile) });
  for (const { warnings, definitions } of await deployShippedProcesses(t.engine))
    expect(warnings, definitions.map((d) => d.processId).join()).toEqual([]);
  const tokens: Record<string, string> = { ...t.tokens };
  for (const [username, spec] of Object.entries(libraryUsers)) {
    await t.identity.addUser({ username, role: spec.role, groups: [...spec.groups] });
    tokens[username] = (await t.identity.createToken(username, 'test')).token;
  }

  const json: LibraryApp['json'] = async (actor, method, path, body, status = 200) => {
    const headers: Record<string, string> = { authorization: `Bearer ${tokens[actor]}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await t.app.request(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (res.status !== status)
      throw new Error(
        `${method} ${path} as ${actor}: expected ${status}, got ${res.status} ${text}`,
      );
    return text ? JSON.parse(text) : undefined;
  };

  const library: LibraryApp = {
    t,
    json,
    start: (actor, processId, body = {}) =>
      json(actor, 'POST', `/api/process-definitions/${processId}/start`, body, 201),
    message: (actor, body) => json(actor, 'POST', '/api/messages', body),
    async task(actor, instanceId, elementId) {
      const { items } = await json(actor, 'GET', `/api/tasks?instanceId=${instanceId}`);
      const found = (items as ApiTask[]).filter((task) => task.elementId === elementId);
      const open = (items as ApiTask[]).map((task) => task.elementId);
      expect(found, `${actor} sees one open ${elementId} task (open: ${open})`).toHaveLength(1);
      return found[0]!;
    },
    async complete(actor, task, variables = {}) {
      if (task.assignee !== actor)
        await json(actor, 'POST', `/api/tasks/${task.id}/claim`, undefined, 204);
      await json(actor, 'POST', `/api/tasks/${task.id}/complete`, { variables }, 204);
    },
    async work(topic, instanceId, elementId, result = {}) {
      const locked = await json('developer', 'POST', '/api/external-tasks/fetch-and-lock', {
        workerId: 'library-test',
        maxTasks: 10,
        topics: [{ topicName: topic, lockDuration: 60_000 }],
      });
      expect(
        locked.map((task: { instanceId: string; elementId: string }) => [
          task.instanceId,
          task.elementId,
        ]),
        `one ${topic} task`,
      ).toEqual([[instanceId, elementId]]);
      await json(
        'developer',
        'POST',
        `/api/external-tasks/${locked[0].id}/complete`,
        { workerId: 'library-test', variables: result },
        204,
      );
      return locked[0].variables;
    },
    async advance(duration) {
      t.clock.advance(duration);
      await t.engine.runDueJobs();
    },
    where: (instanceId) => json('analyst', 'GET', `/api/process-instances/${instanceId}`),
    slas: (instanceId) => json('analyst', 'GET', `/api/process-instances/${instanceId}/slas`),
    async timeline(businessKey) {
      const { items } = await json(
        'analyst',
        'GET',
        `/api/history/customers/${businessKey}?limit=500`,
      );
      return items
        .slice()
        .reverse()
        .map((e: { kind: string; element: { name: string | null } | null; reason?: string }) => [
          e.kind,
          e.element?.name ?? e.reason ?? null,
        ]);
    },
    close: () => t.close(),
  };
  return library;
}
