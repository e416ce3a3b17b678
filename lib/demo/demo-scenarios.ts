import type { DemoScenario } from './scenarios/demo-scenario';
import { buildBatchScenarios } from './scenarios/batch-scenarios';
import { buildCarrierOutageScenario } from './scenarios/carrier-outage-scenario';
import { buildCourseScenarios } from './scenarios/course-scenarios';
import { buildDaycareScenarios } from './scenarios/daycare-scenarios';
import { buildOddEvenScenarios } from './scenarios/odd-even-scenarios';
import { buildOrderScenarios } from './scenarios/order-scenarios';
import { buildParcelAuditScenario } from './scenarios/parcel-audit-scenario';
import { buildReminderScenarios } from './scenarios/reminder-scenarios';

export type { DemoScenario, DemoExpectedStatus } from './scenarios/demo-scenario';

/**
 * Every execution the demo starts. The long Map comes first so it has the most time to finish.
 * Inputs with dates are relative to `now` (a child is 3 today), so the outcomes never drift.
 */
export function buildDemoScenarios(now: Date = new Date()): DemoScenario[] {
  const [batch120, batch300] = buildBatchScenarios();
  return [
    batch300,
    batch120,
    buildParcelAuditScenario(),
    buildCarrierOutageScenario(),
    ...buildDaycareScenarios(now),
    ...buildOrderScenarios(),
    ...buildCourseScenarios(),
    ...buildOddEvenScenarios(),
    ...buildReminderScenarios(),
  ];
}

/** The demo's scenarios as built at load time; look one up by `scenario` (e.g. 'daycare-age-too-young'). */
export const demoScenarios: readonly DemoScenario[] = buildDemoScenarios();
