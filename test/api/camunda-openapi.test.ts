import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  camundaDocument,
  contractDocument,
  COVERED_END,
  COVERED_START,
  coveredMarkdown,
  documentedOperations,
  supplementDocument,
  servedOperations,
} from '../camunda-openapi/operations.ts';
import { responseProblems } from '../camunda-openapi/responses.ts';
import { read } from '../support/camunda-server.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/**
 * `/engine-rest` against Camunda's own OpenAPI description: what it serves is what Camunda
 * documents, and no documented query parameter of a served operation is silently ignored.
 */
/**
 * Parameters Camunda's REST layer takes that the 7.15 document leaves out (its
 * `IncidentRestService` pages like every other list).
 */
const DOCUMENT_GAPS: Record<string, string[]> = {
  'GET /incident': ['firstResult', 'maxResults'],
};

describe("/engine-rest against Camunda's OpenAPI description", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const doc = contractDocument();
  const documented = new Map(documentedOperations(doc).map((d) => [d.key, d]));

  it('serves only operations the document describes, declaring only parameters it documents', () => {
    const served = servedOperations(t.app);
    expect(served.length).toBeGreaterThan(40);
    const undocumented = served.flatMap((operation) => {
      const described = documented.get(operation.key);
      if (!described) return [operation.key];
      return operation.honoured
        .filter((name) => !described.queryParameters.includes(name))
        .filter((name) => !DOCUMENT_GAPS[operation.key]?.includes(name))
        .map((name) => `${operation.key}?${name}`);
    });
    expect(undocumented).toEqual([]);
  });

  it('refuses every documented query parameter it does not honour with a 400 naming it', async () => {
    let refused = 0;
    for (const operation of servedOperations(t.app)) {
      const unhonoured = documented
        .get(operation.key)!
        .queryParameters.filter((name) => !operation.honoured.includes(name));
      const path = operation.path.replace(/\{[^}]+\}/g, 'some-id');
      const method = operation.key.split(' ')[0]!;
      for (const name of unhonoured) {
        const res = await t.call('admin', method, `/engine-rest${path}?${name}=1`);
        expect(res.status, `${method} ${path}?${name}`).toBe(400);
        expect((await read(res)).message).toContain(name);
        refused += 1;
      }
    }
    expect(refused).toBeGreaterThan(0);
  });

  /** Operations whose JSON body declares every documented field and refuses any other by name. */
  const STRICT_BODIES = [
    'PUT /task/{}',
    'POST /task/{}/identity-links',
    'POST /task/{}/identity-links/delete',
    'POST /task/{}/bpmnError',
    'POST /task/{}/bpmnEscalation',
    'POST /task/{}/comment/create',
  ];

  it('declares every documented body field of the task changes and comments (honoured, or refused naming it)', () => {
    const served = servedOperations(t.app).filter((o) => STRICT_BODIES.includes(o.key));
    expect(served.map((operation) => operation.key).sort()).toEqual([...STRICT_BODIES].sort());
    const undeclared = served.flatMap((operation) => {
      const described = documented.get(operation.key)?.bodyFields;
      if (!described || !operation.bodyFields) return [];
      return described
        .filter((name) => !operation.bodyFields!.includes(name))
        .map((name) => `${operation.key} ${name}`);
    });
    expect(undeclared).toEqual([]);
  });

  it('refuses, naming it, a body field the document does not describe, on the task changes and comments', async () => {
    const served = servedOperations(t.app).filter((o) => STRICT_BODIES.includes(o.key));
    for (const operation of served) {
      const method = operation.key.split(' ')[0]!;
      const path = operation.path.replace(/\{[^}]+\}/g, 'some-id');
      const res = await t.call('admin', method, `/engine-rest${path}`, { notDescribed: 1 });
      expect(res.status, operation.key).toBe(400);
      expect((await read(res)).message, operation.key).toContain('notDescribed');
    }
  });

  it('holds every answer against the documented response: types, dates, and no undeclared field', () => {
    const task = { id: 't1', name: 'Call back', created: '2026-01-05T09:00:00.000+0000' };
    expect(responseProblems('GET', '/task', 200, JSON.stringify([task]))).toEqual([]);
    expect(
      responseProblems(
        'GET',
        '/task',
        200,
        JSON.stringify([{ ...task, nmae: 'x', created: '2026-01-05T09:00:00Z', priority: 'high' }]),
      ),
    ).toEqual([
      'GET /task 200: /0/created must match format "date-time"',
      'GET /task 200: /0/priority must be integer',
      'GET /task 200: $[0].nmae is not declared',
    ]);
    expect(responseProblems('GET', '/task/count', 200, '{"count":"1"}')).toEqual([
      'GET /task/count 200: /count must be integer',
    ]);
  });

  it("keeps the README's list of covered operations as generated (npm run camunda:covered)", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const block = readme.slice(
      readme.indexOf(COVERED_START) + COVERED_START.length,
      readme.indexOf(COVERED_END),
    );
    expect(block.trim()).toBe(
      coveredMarkdown(camundaDocument(), supplementDocument(), servedOperations(t.app)),
    );
  });
});
