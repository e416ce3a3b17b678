import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** One axe-core rule broken on a page: how bad, which rule, on how many elements, and where. */
export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: number;
  /** Every element, as axe's CSS selectors, so a failure says where to look. */
  targets: string[];
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
/** A failure message names this many elements per rule; the rest are in the summary file. */
const SHOWN_TARGETS = 4;

/**
 * Runs axe-core inside the page as it is now (inject once per navigation: a new document drops the
 * script). The result is mapped to plain data in the page, so nothing of axe crosses the wire but that.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const alreadyInjected = await page.evaluate(() => 'axe' in window);
  if (!alreadyInjected) await page.addScriptTag({ content: axe.source });
  return page.evaluate(async (tags) => {
    const runner = (window as unknown as { axe: typeof axe }).axe;
    const results = await runner.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      nodes: violation.nodes.length,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, TAGS);
}

/** The violations that block a keyboard or low-vision user: axe's serious and critical ones. */
export function seriousViolations(violations: readonly AxeViolation[]): AxeViolation[] {
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** One line per rule, readable in a test failure: `color-contrast (serious) ×45: main > p, …`. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}) ×${violation.nodes}: ${violation.help} — ${violation.targets.slice(0, SHOWN_TARGETS).join(' | ')}`,
    )
    .join('\n');
}
