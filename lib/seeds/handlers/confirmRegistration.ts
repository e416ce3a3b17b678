import { parseResponseBody } from '../support/daycare-response';
import type { DaycareResponse } from '../support/daycare-response';
import { addDaysIso } from '../support/iso-date';
import { getRequired } from '../support/python-errors';

/** Monthly fee in dollars by age; younger children need more staff per child, so they cost more. */
export function computeMonthlyFee(age: number): number {
  if (age >= 2 && age < 3) return 800;
  if (age >= 3 && age < 4) return 750;
  if (age >= 4 && age < 5) return 700;
  return 650;
}

/**
 * Daycare tutorial, step 4: confirms the place, with the fee for the child's age (added by
 * checkAgeRange) and a start date two weeks from today.
 */
export function handler(event: unknown): DaycareResponse {
  const registrationInfo = parseResponseBody(event);
  const child = getRequired(registrationInfo, 'child');
  const age = Number(getRequired(child, 'age'));
  const confirmation = { fees: computeMonthlyFee(age), start_date: addDaysIso(new Date(), 14) };
  return { statusCode: 200, body: JSON.stringify({ ...registrationInfo, ...confirmation }) };
}
