import { z } from '@hono/zod-openapi';

const ProcessRef = {
  processId: z.string(),
  name: z.string().nullable(),
  version: z.number().int(),
};
const Element = z.object({ elementId: z.string(), name: z.string().nullable() });

export const TouchpointCatalogue = z
  .object({
    entries: z.array(
      z.object({
        stage: z
          .string()
          .nullable()
          .openapi({ description: 'Life-cycle stage; null when the process names none' }),
        touchpoint: z.string(),
        declared: z.boolean().openapi({ description: "The company's touchpoint map names it" }),
        processes: z.array(
          z.object({ ...ProcessRef, definitionId: z.string(), elements: z.array(Element) }),
        ),
      }),
    ),
  })
  .openapi('TouchpointCatalogue');

export const InventoryQuery = z.object({
  workerWindowHours: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24)
    .openapi({
      description: 'A topic counts as served when a worker asked for it within this many hours',
    }),
});

export const InventoryReport = z
  .object({
    workersSince: z.string().openapi({ description: 'Start of the window for worker sightings' }),
    touchpointsWithoutProcess: z.array(z.object({ stage: z.string(), touchpoint: z.string() })),
    processesWithoutSla: z.array(z.object(ProcessRef)),
    tasksWithoutPeople: z.array(
      z.object({
        ...ProcessRef,
        elementId: z.string(),
        name: z.string().nullable(),
        lane: z.string().nullable(),
        groups: z.array(z.string()),
        users: z.array(z.string()),
      }),
    ),
    topicsWithoutWorker: z.array(
      z.object({
        topic: z.string(),
        lastSeenAt: z.string().nullable(),
        elements: z.array(
          z.object({ ...ProcessRef, elementId: z.string(), elementName: z.string().nullable() }),
        ),
      }),
    ),
  })
  .openapi('InventoryReport');
