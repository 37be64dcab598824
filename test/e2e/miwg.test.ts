import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser.ts';
import { withModeler } from './support/modeler.ts';
import { signIn } from './support/sign-in.ts';
import { usePromesa } from './support/use-promesa.ts';

const promesa = usePromesa();

/** The BPMN Model Interchange Working Group's reference models, kept in the repository. */
const corpus = join(import.meta.dirname, '../corpus/miwg');
const models = readdirSync(corpus).filter((name) => name.endsWith('.bpmn'));

interface Imported {
  error: string | null;
  warnings: string[];
}

describe('the MIWG reference models', () => {
  it('each opens in the modeler through its Open file button without an import error', async () => {
    expect(models.length).toBeGreaterThanOrEqual(20);
    const { page, context, errors } = await openPage(promesa.browser, promesa.server.url, {
      locale: 'en-US',
    });
    await page.goto('/modeler?new');
    await signIn(page, 'ana');
    await page.locator('.djs-shape[data-element-id="answer-customer"]').waitFor();
    // What bpmn-js reported for the last import, kept where the test can read it.
    await withModeler(
      page,
      `m.on('import.done', (e) => { window.imported = { error: e.error ? String(e.error.message) : null, warnings: e.warnings.map((w) => w.message) }; });`,
    );

    const outcomes: Record<string, Imported> = {};
    for (const model of models) {
      await page.evaluate('window.imported = undefined');
      await page.locator('input[type=file]').setInputFiles(join(corpus, model));
      await expect.poll(() => page.evaluate('window.imported')).toBeDefined();
      outcomes[model] = (await page.evaluate('window.imported')) as Imported;
      await page.locator('.toolbar__title', { hasText: model }).waitFor();
    }

    // The warnings, for whoever reads the test output.
    for (const [model, { warnings }] of Object.entries(outcomes))
      console.log(
        `${model}: ${warnings.length} import warnings${warnings.map((w) => `\n  ${w}`).join('')}`,
      );
    expect(
      Object.entries(outcomes)
        .filter(([, outcome]) => outcome.error)
        .map(([model, outcome]) => `${model}: ${outcome.error}`),
    ).toEqual([]);
    expect(await page.locator('.callout--error').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
