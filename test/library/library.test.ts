import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseBpmn } from '../../engine/model/moddle.ts';
import { ProblemCollector } from '../../engine/model/problems.ts';
import { processesDir } from '../../processes/deploy-files.ts';

/** A moddle element, read by property name. */
type Element = Record<string, any>;
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const files = (await readdir(processesDir)).filter((name) => name.endsWith('.bpmn')).sort();
const readme = await readFile(new URL('README.md', `file://${processesDir}`), 'utf8');

/** Every flow element of a process, subprocesses' contents included. */
function flowElements(container: Element): Element[] {
  return (container.flowElements ?? []).flatMap((e: Element) =>
    e.$type === 'bpmn:SubProcess' ? [e, ...flowElements(e)] : [e],
  );
}

function properties(element: Element): Record<string, string> {
  const found: Record<string, string> = {};
  for (const extension of element.extensionElements?.values ?? [])
    if (extension.$type === 'camunda:Properties')
      for (const p of extension.values ?? []) found[p.name] = p.value;
  return found;
}

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

describe('the shipped process library', () => {
  it('has at least seven processes, each in the README with its promise', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const file of files) expect(readme).toContain(`(\`${file}\`)`);
  });

  it.each(files)(
    '%s is drawn whole: a pool with lanes, every element and flow placed in its lane',
    async (file) => {
      const xml = await readFile(`${processesDir}/${file}`, 'utf8');
      const { definitions } = await parseBpmn(xml, new ProblemCollector());
      const roots = (definitions as Element).rootElements as Element[];
      const process = roots.find((e) => e.$type === 'bpmn:Process')!;
      const collaboration = roots.find((e) => e.$type === 'bpmn:Collaboration');
      expect(collaboration?.participants?.[0]?.processRef?.id).toBe(process.id);

      const shapes = new Map<string, Box>();
      const edges = new Set<string>();
      for (const di of (definitions as Element).diagrams[0].plane.planeElement as Element[]) {
        if (di.$type === 'bpmndi:BPMNShape') shapes.set(di.bpmnElement.id, di.bounds);
        else edges.add(di.bpmnElement.id);
      }
      const elements = flowElements(process);
      for (const element of elements) {
        if (element.$type === 'bpmn:SequenceFlow') expect(edges, element.id).toContain(element.id);
        else expect(shapes.has(element.id), element.id).toBe(true);
      }
      const lanes: Element[] = process.laneSets?.[0]?.lanes ?? [];
      expect(lanes.length).toBeGreaterThan(0);
      for (const lane of lanes)
        for (const node of lane.flowNodeRef ?? [])
          if (node.$type !== 'bpmn:BoundaryEvent')
            expect(
              inside(shapes.get(node.id)!, shapes.get(lane.id)!),
              `${node.id} in ${lane.id}`,
            ).toBe(true);
    },
  );

  it.each(files)(
    '%s names its life-cycle stage where it starts, and only known touchpoints and stages',
    async (file) => {
      const xml = await readFile(`${processesDir}/${file}`, 'utf8');
      const { definitions } = await parseBpmn(xml, new ProblemCollector());
      const process = ((definitions as Element).rootElements as Element[]).find(
        (e) => e.$type === 'bpmn:Process',
      )!;
      const elements = flowElements(process);
      const starts = elements.filter(
        (e) => e.$type === 'bpmn:StartEvent' && e.$parent?.$type === 'bpmn:Process',
      );
      for (const start of starts) expect(properties(start).lifecycleStage, start.id).toBeDefined();
      for (const element of elements) {
        const { touchpoint, lifecycleStage } = properties(element);
        if (lifecycleStage)
          expect(['acquire', 'onboard', 'serve', 'retain', 'win-back']).toContain(lifecycleStage);
        for (const name of touchpoint?.split(',') ?? [])
          expect(['phone', 'chat', 'email', 'web-form', 'visit']).toContain(name.trim());
      }
    },
  );
});
