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

/** The centre of an element's shape on the screen. */
export async function centreOf(page: Page, elementId: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(`.djs-element[data-element-id="${elementId}"]`).boundingBox();
  if (!box) throw new Error(`${elementId} is not drawn`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Takes an element from the palette and drops it at a point, moving the mouse as a person does.
 * A dropped task opens its label for typing: `name` is typed there and Enter ends it.
 */
export async function createFromPalette(
  page: Page,
  action: string,
  at: { x: number; y: number },
  name?: string,
): Promise<void> {
  await page.locator(`.djs-palette [data-action="${action}"]`).click();
  await page.mouse.move(at.x - 40, at.y - 40);
  await page.mouse.move(at.x, at.y, { steps: 8 });
  await page.mouse.down();
  await page.mouse.up();
  if (name === undefined) return;
  await page.locator('.djs-direct-editing-parent').waitFor();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await page.locator('.djs-direct-editing-parent').waitFor({ state: 'hidden' });
}

/**
 * Selects an element with a click on it, which opens its context pad and its properties. An
 * element already selected (a replaced one stays selected) is left so, as a click would toggle
 * it; another selection is cleared first with a click on the empty canvas, since its context
 * pad may cover the element.
 */
export async function select(page: Page, elementId: string): Promise<void> {
  const selected = await selectedIds(page);
  if (selected.length === 1 && selected[0] === elementId) return;
  if (selected.length > 0) await clickEmptyCanvas(page);
  await clickUntil(page, await centreOf(page, elementId), async () =>
    (await selectedIds(page)).includes(elementId),
  );
  await page.locator('.djs-context-pad.open').waitFor();
}

/** A click on the canvas's empty top-right corner: nothing selected afterwards. */
export async function clickEmptyCanvas(page: Page): Promise<void> {
  const canvas = (await page.locator('.djs-container').boundingBox())!;
  const corner = { x: canvas.x + canvas.width - 30, y: canvas.y + 30 };
  await clickUntil(page, corner, async () => (await selectedIds(page)).length === 0);
}

function selectedIds(page: Page): Promise<string[]> {
  return withModeler(page, `return get('selection').get().map((e) => e.id);`);
}

/**
 * Clicks until `done` holds, at most five times. diagram-js drops the first click within
 * 400 ms of the end of a drag (its click trap against the drag's own trailing click), which a
 * person never notices and a test runs into.
 */
async function clickUntil(
  page: Page,
  at: { x: number; y: number },
  done: () => Promise<boolean>,
): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.mouse.click(at.x, at.y);
    const deadline = Date.now() + 500;
    while (Date.now() < deadline) if (await done()) return;
  }
  throw new Error(`A click at ${at.x},${at.y} did not take effect`);
}

/** Uses an entry of the selected element's context pad (`replace`, `connect`, `delete`, ...). */
export function contextPad(page: Page, action: string): Promise<void> {
  return page.locator(`.djs-context-pad.open [data-action="${action}"]`).click();
}

/** Changes an element's type through the context pad's replace menu (`replace-with-user-task`). */
export async function replaceWith(page: Page, elementId: string, entry: string): Promise<void> {
  await select(page, elementId);
  const wrench = await page.locator('.djs-context-pad.open [data-action="replace"]').boundingBox();
  const menu = page.locator('.djs-popup');
  await clickUntil(
    page,
    { x: wrench!.x + wrench!.width / 2, y: wrench!.y + wrench!.height / 2 },
    async () => (await menu.count()) > 0,
  );
  await menu.locator(`[data-id="${entry}"]`).click();
  await menu.waitFor({ state: 'detached' });
}

/** Connects two elements with the context pad's connect tool and a mouse click on the target. */
export async function connect(page: Page, from: string, to: string): Promise<void> {
  await select(page, from);
  await contextPad(page, 'connect');
  const { x, y } = await centreOf(page, to);
  await page.mouse.move(x, y, { steps: 8 });
  await page.mouse.down();
  await page.mouse.up();
}

/** Opens a group of the properties panel (a closed group hides its fields). */
export async function openPanelGroup(page: Page, label: string): Promise<void> {
  const header = page.locator('.bio-properties-panel-group-header', {
    has: page.locator('.bio-properties-panel-group-header-title', { hasText: label }),
  });
  if ((await header.getAttribute('class'))?.includes('open')) return;
  await header.click();
}

/** Types into a field of the properties panel, as a person would, and leaves it. */
export async function typeInPanel(page: Page, entryId: string, value: string): Promise<void> {
  const field = page.locator(`#bio-properties-panel-${entryId}`);
  await field.fill(value);
  await field.press('Tab');
}
