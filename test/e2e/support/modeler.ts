import type { Page } from 'playwright-core';

/**
 * Runs `script` in the page with the modeler's bpmn-js instance: `m` is the modeler and
 * `get(name)` one of its services.
 *
 * @example
 * await withModeler(page, `return get('elementRegistry').get('answer-customer').businessObject.name;`);
 */
export function withModeler<T>(page: Page, script: string): Promise<T> {
  return page.evaluate(
    `(() => { const m = window.bpmnjs; const get = (n) => m.get(n); ${script} })()`,
  );
}

/** Renames an element through bpmn-js's command stack, as a panel edit would. */
export function rename(page: Page, elementId: string, name: string): Promise<void> {
  return withModeler(
    page,
    `get('modeling').updateLabel(get('elementRegistry').get(${JSON.stringify(elementId)}), ${JSON.stringify(name)});`,
  );
}

/** The name of an element as the modeler holds it now. */
export function nameOf(page: Page, elementId: string): Promise<string> {
  return withModeler(
    page,
    `return get('elementRegistry').get(${JSON.stringify(elementId)}).businessObject.name;`,
  );
}
