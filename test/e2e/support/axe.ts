import axe from 'axe-core';
import type { Page } from 'playwright-core';

export interface AxeProblem {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Run axe-core in the page. The page's CSP (script-src 'self') refuses an
 * inline <script>, so page.addScriptTag({ content }) is blocked; evaluating
 * the source through the DevTools protocol (page.evaluate) is not subject to
 * the page's CSP and works without weakening it (no bypassCSP).
 */
export async function axeProblems(page: Page, impacts: string[] = ['serious', 'critical']): Promise<AxeProblem[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(`${axe.source};window.axe = axe;`);
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: typeof axe };
    const result = await w.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  });
  return violations.filter((v) => impacts.includes(v.impact));
}

export function describeProblems(where: string, problems: AxeProblem[]): string {
  return problems.map((p) => `${where}: [${p.impact}] ${p.id} (${p.help}) at ${p.targets.slice(0, 5).join(', ')}`).join('\n');
}

/** Serious and critical problems as one line each, for `expect(...).toEqual([])`. */
export async function seriousViolations(page: Page): Promise<string[]> {
  return (await axeProblems(page)).map((p) => `${p.id}: ${p.targets.slice(0, 3).join(', ')}`);
}
