import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, seriousAccessibilityProblems } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';
import { usePromesa } from './support/use-promesa.ts';

const promesa = usePromesa(async ({ running: { engine } }) => {
  // A technician's visit report: its user task links a form-js form deployed beside it.
  const file = (name: string) => readFile(`test/processes/${name}`, 'utf8');
  await engine.deploy({
    name: 'visit-report',
    resources: [
      { name: 'visit-report.bpmn', content: await file('visit-report.bpmn') },
      { name: 'visit-report.form', content: await file('visit-report.form') },
    ],
  });
});

/**
 * A customer request classified as solvable on the call: its "Answer the customer" task waits
 * in the front office under a three-minute promise, with the classification in the story.
 */
async function answerTask(businessKey: string) {
  const { engine } = promesa.server.running;
  const instance = await engine.start('customer-request', { businessKey });
  const [classify] = await engine.listTasks({ instanceId: instance.id });
  await engine.completeTask(classify!.id, {
    userId: 'eva',
    variables: { solvableNow: true, channel: 'phone', summary: 'Wrong invoice amount' },
  });
  const [answer] = await engine.listTasks({ instanceId: instance.id, state: 'open' });
  expect(answer?.elementId).toBe('answer-customer');
  return answer!;
}

describe('a task beside its form', () => {
  for (const [locale, words] of [
    [
      'en-US',
      {
        user: 'eva',
        promise: 'The promise',
        due: 'Due',
        customer: 'The customer',
        here: 'This task',
        completed: 'eva completed Classify the request',
        whole: 'The whole timeline',
      },
    ],
    [
      'es-ES',
      {
        user: 'leo',
        promise: 'El plazo',
        due: 'Vence',
        customer: 'El cliente',
        here: 'Esta tarea',
        completed: 'eva completó Classify the request',
        whole: 'Toda su historia',
      },
    ],
  ] as const) {
    it(`shows the promise, the customer's latest story and the task on its diagram (${locale})`, async () => {
      const businessKey = `C-3${locale === 'en-US' ? '01' : '02'}`;
      const task = await answerTask(businessKey);
      const staff = await openPage(promesa.browser, promesa.server.url, { locale });
      await staff.page.goto(`/tasks/${task.id}`);
      // One user per language: a user's language is remembered on the server.
      await signIn(staff.page, words.user);
      await staff.page.getByRole('heading', { level: 1, name: 'Answer the customer' }).waitFor();

      const promise = staff.page.getByRole('region', { name: words.promise });
      await promise.getByText(words.due, { exact: true }).waitFor();
      // The three-minute clock, ticking on the server's deadline.
      await promise
        .locator('.countdown__time')
        .filter({ hasText: /[23]:\d\d/ })
        .waitFor();

      const customer = staff.page.getByRole('region', { name: words.customer });
      await customer.getByText(businessKey, { exact: true }).waitFor();
      await customer.getByText(words.completed).waitFor();
      expect(await customer.locator('.timeline-entry').count()).toBeGreaterThanOrEqual(3);

      // The diagram marks this task's element, by a marker, with a label above it.
      const here = staff.page.locator('.djs-element.task-here[data-element-id="answer-customer"]');
      await here.waitFor();
      expect(await staff.page.locator('.djs-element.task-here').count()).toBe(1);
      await staff.page.locator('.task-here-label').filter({ hasText: words.here }).waitFor();
      // The whole diagram is drawn above its legend, not under it.
      const [drawnBottom, legendTop] = await staff.page
        .locator('.diagram-panel')
        .evaluate((panel) => [
          Math.max(
            ...[...panel.querySelectorAll('.djs-element')].map(
              (e) => e.getBoundingClientRect().bottom,
            ),
          ),
          panel.querySelector('.diagram-legend')!.getBoundingClientRect().top,
        ]);
      expect(drawnBottom).toBeLessThanOrEqual(legendTop);
      expect(await seriousAccessibilityProblems(staff.page)).toEqual([]);
      await screenshot(staff.page, `task-detail-${locale.slice(0, 2)}`);

      await customer.getByRole('link', { name: words.whole }).click();
      await staff.page.waitForURL(`**/customers/${businessKey}`);
      await staff.page.getByRole('heading', { level: 1, name: businessKey }).waitFor();
      expect(staff.errors).toEqual([]);
      await staff.context.close();
    });
  }
});

describe("a task's customer card", () => {
  it('wraps a long process name and its lane without a dangling separator, the lane aligned under the name', async () => {
    const { engine } = promesa.server.running;
    await engine.correlateMessage({ messageName: 'churn-risk', businessKey: 'C-341' });
    const [assess] = await engine.listTasks({ businessKey: 'C-341', state: 'open' });
    const staff = await openPage(promesa.browser, promesa.server.url, { locale: 'en-US' });
    await staff.page.goto(`/tasks/${assess!.id}`);
    await signIn(staff.page, 'carla');
    const customer = staff.page.getByRole('region', { name: 'The customer' });
    const meta = customer
      .locator('.timeline-entry', { hasText: 'New task: Assess the churn risk' })
      .locator('.timeline-entry__meta');
    await meta.waitFor();
    // Where each part's words start on the screen (its text, not its separator).
    const starts = await meta.evaluate((element) =>
      [...element.children].map((part) => {
        const range = element.ownerDocument.createRange();
        range.selectNodeContents(part);
        const words =
          [...range.getClientRects()].filter((r) => r.width > 6)[0] ?? part.getBoundingClientRect();
        return {
          text: part.textContent,
          left: Math.round(words.left),
          top: Math.round(part.getBoundingClientRect().top),
        };
      }),
    );
    const [process, lane] = starts;
    expect(process!.text).toContain('Retention of a customer at risk');
    expect(lane!.text).toContain('Back office');
    // The lane went to a line of its own, starting where the process name starts, no dot before it.
    expect(lane!.top).toBeGreaterThan(process!.top);
    expect(Math.abs(lane!.left - process!.left)).toBeLessThanOrEqual(1);
    expect(await seriousAccessibilityProblems(staff.page)).toEqual([]);
    await screenshot(staff.page, 'task-customer-card-wrapped-en');
    expect(staff.errors).toEqual([]);
    await staff.context.close();
  });
});

describe('the way back from a task', () => {
  it('leads to the task list as it was left, filter and all, by link and after completing', async () => {
    const task = await answerTask('C-351');
    const staff = await openPage(promesa.browser, promesa.server.url, { locale: 'en-US' });
    await staff.page.goto('/tasks?queue=all&businessKey=C-351');
    await signIn(staff.page, 'eva');
    await staff.page.getByRole('link', { name: 'Answer the customer' }).click();
    await staff.page.waitForURL(`**/tasks/${task.id}`);
    const back = staff.page
      .getByRole('link', { name: 'Tasks', exact: true })
      .and(staff.page.locator('.page-header__back'));
    expect(await seriousAccessibilityProblems(staff.page)).toEqual([]);
    await back.click();
    await staff.page.waitForURL(/\/tasks\?.*businessKey=C-351/);
    expect(await staff.page.getByLabel('Customer').inputValue()).toBe('C-351');

    await staff.page.getByRole('link', { name: 'Answer the customer' }).click();
    await staff.page.getByRole('button', { name: 'Complete' }).click();
    await staff.page.waitForURL(/\/tasks\?.*businessKey=C-351/);
    expect(staff.errors).toEqual([]);
    await staff.context.close();
  });
});

describe('comments on a task', () => {
  for (const [locale, words] of [
    [
      'en-US',
      { user: 'eva', title: 'Comments', box: 'Add a comment', send: 'Comment', you: 'You' },
    ],
    [
      'es-ES',
      {
        user: 'leo',
        title: 'Comentarios',
        box: 'Añadir un comentario',
        send: 'Comentar',
        you: 'Tú',
      },
    ],
  ] as const) {
    it(`lists what colleagues wrote, oldest first, and adds the signed-in user's comment (${locale})`, async () => {
      const task = await answerTask(`C-33${locale === 'en-US' ? '1' : '2'}`);
      const { engine } = promesa.server.running;
      await engine.commentOnTask(task.id, 'Customer asked to be called after 5 pm', {
        userId: 'bea',
      });
      const staff = await openPage(promesa.browser, promesa.server.url, { locale });
      await staff.page.goto(`/tasks/${task.id}`);
      await signIn(staff.page, words.user);
      const comments = staff.page.getByRole('region', { name: words.title });
      await comments.getByText('Customer asked to be called after 5 pm').waitFor();
      await comments.getByText('bea', { exact: true }).waitFor();

      await comments.getByLabel(words.box).fill('Called back: the invoice is being corrected');
      await comments.getByRole('button', { name: words.send }).click();
      const mine = comments.locator('.task-comment').nth(1);
      await mine.getByText('Called back: the invoice is being corrected').waitFor();
      await mine.getByText(words.you, { exact: true }).waitFor();
      expect(await comments.getByLabel(words.box).inputValue()).toBe('');
      const stored = await engine.listTaskComments(task.id);
      expect(stored.map((c) => c.userId)).toEqual(['bea', words.user]);
      expect(await seriousAccessibilityProblems(staff.page)).toEqual([]);
      await comments.scrollIntoViewIfNeeded();
      await screenshot(staff.page, `task-comments-${locale.slice(0, 2)}`);
      expect(staff.errors).toEqual([]);
      await staff.context.close();
    });
  }
});

describe('a task with a form designed in form-js', () => {
  it('draws the linked form, says what form-js refuses in Spanish before sending anything, and completes', async () => {
    const { engine } = promesa.server.running;
    const instance = await engine.start('visit-report', { businessKey: 'C-310' });
    const [task] = await engine.listTasks({ instanceId: instance.id });
    const bea = await openPage(promesa.browser, promesa.server.url, { locale: 'es-ES' });
    const completions: string[] = [];
    bea.page.on('request', (request) => {
      if (request.url().endsWith('/complete')) completions.push(request.url());
    });
    await bea.page.goto(`/tasks/${task!.id}`);
    await signIn(bea.page, 'bea');
    await bea.page.getByRole('heading', { level: 1, name: 'Report the visit' }).waitFor();

    // form-js draws the designed fields, its own words in Spanish.
    await bea.page.locator('.fjs-form').waitFor();
    const outcome = bea.page.locator('.fjs-form-field').filter({ hasText: 'Outcome of the visit' });
    await outcome.locator('.fjs-select-placeholder').getByText('Selecciona').waitFor();
    // The required outcome left empty, the minutes under their minimum: form-js refuses both,
    // in Spanish, on their fields, and nothing is sent.
    await bea.page.getByLabel('Minutes on site').fill('2');
    await bea.page.getByRole('button', { name: 'Completar' }).click();
    const minutes = bea.page.locator('.fjs-form-field').filter({ hasText: 'Minutes on site' });
    await minutes.locator('.fjs-form-field-error').getByText('Como mínimo 5.').waitFor();
    await outcome
      .locator('.fjs-form-field-error')
      .getByText('Este campo es obligatorio.')
      .waitFor();
    expect(await bea.page.getByText('Field is required.').count()).toBe(0);
    expect(completions).toEqual([]);
    expect(await seriousAccessibilityProblems(bea.page)).toEqual([]);
    await screenshot(bea.page, 'task-form-js-es');

    await outcome.click();
    await bea.page.getByText('Fixed', { exact: true }).click();
    await bea.page.getByLabel('Minutes on site').fill('45');
    // Each refusal leaves its field once the value in it is right.
    await expect.poll(() => bea.page.locator('.fjs-form-field-error li').count()).toBe(0);
    await bea.page.getByRole('button', { name: 'Completar' }).click();
    await bea.page.waitForURL('**/tasks');
    const [done] = await engine.listTasks({ instanceId: instance.id, state: 'completed' });
    expect(done?.completedBy).toBe('bea');
    expect(await engine.variablesAt(done!)).toMatchObject({ outcome: 'fixed', minutes: 45 });
    expect(completions).toHaveLength(1);
    expect(bea.errors).toEqual([]);
    await bea.context.close();
  });
});

describe('an instance read by a supervisor of its lane', () => {
  it('shows the diagram, promises and log of the back office’s work, without cancel', async () => {
    const { engine } = promesa.server.running;
    const instance = await engine.start('customer-request', { businessKey: 'C-320' });
    const [classify] = await engine.listTasks({ instanceId: instance.id });
    await engine.completeTask(classify!.id, { userId: 'eva', variables: { solvableNow: false } });
    const sara = await openPage(promesa.browser, promesa.server.url, { locale: 'en-US' });
    await sara.page.goto(`/instances/${instance.id}`);
    await signIn(sara.page, 'sara');
    await sara.page.getByRole('heading', { level: 1, name: 'Customer request' }).waitFor();
    await sara.page
      .locator('.djs-element.path-waiting[data-element-id="resolve-request"]')
      .waitFor();
    expect(await sara.page.getByRole('button', { name: /cancel/i }).count()).toBe(0);
    expect(await seriousAccessibilityProblems(sara.page)).toEqual([]);
    expect(sara.errors).toEqual([]);
    await sara.context.close();
  });
});
