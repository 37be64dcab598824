import { z } from '@hono/zod-openapi';
import type {
  DefinitionRecord,
  DeployResult,
  Problem as EngineProblem,
} from '../../engine/index.ts';
import { BooleanQuery, Instant, iso } from './common.ts';
import { FormFieldSchema } from './tasks.ts';

/** Deployments and process definitions (one definition per deployed version of a process). */

export const Problem = z
  .object({
    severity: z.enum(['error', 'warning']),
    code: z.string(),
    message: z.string(),
    elementId: z.string().optional(),
    line: z.number().int().optional(),
    column: z.number().int().optional(),
  })
  .openapi('Problem');

export const Definition = z
  .object({
    id: z.string().openapi({ example: 'customer-request:1:6f1c…' }),
    processId: z.string(),
    version: z.number().int(),
    name: z.string().nullable(),
    deploymentId: z.string(),
    deployedAt: Instant,
    warnings: z.array(Problem),
    candidateStarterGroups: z.array(z.string()).openapi({
      description: 'Groups whose members may start it (`camunda:candidateStarterGroups`)',
    }),
    candidateStarterUsers: z.array(z.string()).openapi({
      description:
        'Users who may start it (`camunda:candidateStarterUsers`); with no groups either, only developers may',
    }),
    startableInTasklist: z.boolean(),
    historyTimeToLive: z.number().int().nullable().openapi({
      description:
        "Days an ended instance's history is kept (`camunda:historyTimeToLive`); null: the server's default (`PROMESA_HISTORY_TIME_TO_LIVE`)",
    }),
  })
  .openapi('ProcessDefinition');

export const StartableProcess = z
  .object({
    id: z.string().openapi({ description: 'The definition id of the latest version' }),
    processId: z.string(),
    version: z.number().int(),
    name: z.string().nullable(),
    startForm: z.array(FormFieldSchema).openapi({
      description: 'Fields of the start form; a start is checked against them',
    }),
  })
  .openapi('StartableProcess');

export const DeployedFile = z
  .object({
    deploymentId: z.string(),
    duplicate: z.boolean(),
    definitions: z.array(Definition),
    warnings: z.array(Problem),
  })
  .openapi('DeployedFile');

export const DeployReply = z.object({ deployments: z.array(DeployedFile) }).openapi('DeployReply');

export const CheckReply = z.object({ problems: z.array(Problem) }).openapi('DeploymentCheck');

export const Deployment = z
  .object({
    id: z.string(),
    name: z.string(),
    hash: z.string(),
    deployedAt: Instant,
    deployedBy: z.string().nullable(),
    definitions: z.array(Definition),
  })
  .openapi('Deployment');

export const DeployJson = z
  .object({
    name: z.string().min(1).max(200).openapi({ example: 'customer-request.bpmn' }),
    xml: z.string().min(1),
  })
  .openapi('DeployJson');

const BpmnFile = z
  .custom<File>((value) => value instanceof File, 'expected a file')
  .openapi({ type: 'string', format: 'binary' });
export const DeployMultipart = z
  .object({ file: z.union([BpmnFile, z.array(BpmnFile)]) })
  .openapi('DeployMultipart');

export const DefinitionListQuery = z.object({
  latest: BooleanQuery.default(true).openapi({
    description: 'Only the latest version of each process',
    type: 'string',
    enum: ['true', 'false'],
  }),
  processId: z.string().optional(),
});

export const DefinitionParams = z.object({
  id: z
    .string()
    .min(1)
    .max(300)
    .openapi({ description: 'A definition id, or a process id for its latest version' }),
});

export const toProblem = (p: EngineProblem): z.infer<typeof Problem> => ({
  severity: p.severity,
  code: p.code,
  message: p.message,
  ...(p.elementId !== undefined ? { elementId: p.elementId } : {}),
  ...(p.line !== undefined ? { line: p.line } : {}),
  ...(p.column !== undefined ? { column: p.column } : {}),
});

export const toDefinition = (d: DefinitionRecord): z.infer<typeof Definition> => ({
  id: d.id,
  processId: d.processId,
  version: d.version,
  name: d.name ?? null,
  deploymentId: d.deploymentId,
  deployedAt: iso(d.deployedAt),
  warnings: d.warnings.map(toProblem),
  candidateStarterGroups: d.candidateStarterGroups,
  candidateStarterUsers: d.candidateStarterUsers,
  startableInTasklist: d.startableInTasklist,
  historyTimeToLive: d.historyTimeToLive,
});

export const toDeployedFile = (r: DeployResult): z.infer<typeof DeployedFile> => ({
  deploymentId: r.deploymentId,
  duplicate: r.duplicate,
  definitions: r.definitions.map(toDefinition),
  warnings: r.warnings.map(toProblem),
});
