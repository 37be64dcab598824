import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { onTestFailed } from 'vitest';

/** Debian's `chromium` package; `.ci/run` installs it where missing. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Where the browser tests write their screenshots (git-ignored). */
export const SCREENSHOTS = join(import.meta.dirname, '../../../test-results/screenshots');

/** Starts headless Chromium as the project runs it: no network side traffic, a fresh profile. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Browser tests need Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A page plus every console error and uncaught exception it produced. */
export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/**
 * A fresh context (cookies, storage) in a browser language, at 1280×800 unless told. Every
 * browser step waits for its condition for at most 30 s.
 */
export async function openPage(
  browser: Browser,
  baseURL: string,
  options: { locale: 'es-ES' | 'en-US'; viewport?: { width: number; height: number } },
): Promise<WatchedPage> {
  const context = await browser.newContext({
    baseURL,
    locale: options.locale,
    timezoneId: 'Europe/Madrid',
    viewport: options.viewport ?? { width: 1280, height: 800 },
  });
  // Bounded, and generous: the first load of the modeler parses 1.5 MB of script on a busy machine.
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  // What the page showed when its test failed, beside the other screenshots.
  if (process.env.VITEST)
    onTestFailed(async ({ task }) => {
      if (!page.isClosed())
        await screenshot(page, `failed-${task.name.slice(0, 60).replace(/\W+/g, '-')}`);
    });
  return { context, page, errors };
}

/** Writes `name.png` to the screenshots folder. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** axe-core's serious and critical findings on the page as it is now, one line each. */
export async function seriousAccessibilityProblems(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, not as an inline script tag: the app's
  // Content-Security-Policy refuses inline scripts, and the test must run under that policy.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}
