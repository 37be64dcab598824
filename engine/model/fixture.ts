import { ModelError, type Problem } from '../errors.ts';
import { loadDefinitions, type LoadOptions } from './load.ts';

/**
 * Small BPMN documents for the model tests: one process around the given flow elements, with
 * the BPMN, Camunda and Zeebe namespaces declared. Test-only; nothing in the engine imports it.
 */

const NAMESPACES = [
  'xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"',
  'xmlns:camunda="http://camunda.org/schema/1.0/bpmn"',
  'xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"',
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
].join(' ');

/** A definitions document holding `content` (processes, messages, collaborations) verbatim. */
export function definitions(content: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<definitions ${NAMESPACES} id="defs" targetNamespace="urn:test">\n${content}\n</definitions>\n`;
}

/** One executable process `p` with the given flow elements. */
export function bpmn(elements: string, processAttributes = 'id="p" isExecutable="true"'): string {
  return definitions(`<process ${processAttributes}>\n${elements}\n</process>`);
}

/** The ModelError a load throws; fails the test when the load succeeds or throws anything else. */
export async function loadError(xml: string, options?: LoadOptions): Promise<ModelError> {
  try {
    await loadDefinitions(xml, options);
  } catch (error) {
    if (error instanceof ModelError) return error;
    throw error;
  }
  throw new Error('expected the load to fail');
}

/** The codes of the problems a refused load names, in order. */
export async function problemCodes(xml: string, options?: LoadOptions): Promise<string[]> {
  const error = await loadError(xml, options);
  return (error.details.problems ?? []).map((p: Problem) => p.code);
}
