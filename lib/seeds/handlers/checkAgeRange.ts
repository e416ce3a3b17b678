import { parseResponseBody } from '../support/daycare-response';
import type { DaycareResponse } from '../support/daycare-response';
import { todayUtc } from '../support/iso-date';
import { getRequired, ValueError } from '../support/python-errors';

export const MIN_AGE_YEARS = 2;
export const MAX_AGE_YEARS = 5;

/** Parses `YYYY-MM-DD` strictly, as `strptime(dob, '%Y-%m-%d')` does, raising the same ValueError. */
function parseDateOfBirth(value: unknown): { year: number; month: number; day: number } {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value) : null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return { year, month, day };
  }
  throw new ValueError(`time data '${String(value)}' does not match format '%Y-%m-%d'`);
}

/** Whole years between the date of birth and today (a birthday later this year does not count yet). */
export function computeAgeYears(dateOfBirth: string, now: Date = new Date()): number {
  const dob = parseDateOfBirth(dateOfBirth);
  const today = todayUtc(now);
  const birthdayPending = today.month < dob.month || (today.month === dob.month && today.day < dob.day);
  return today.year - dob.year - (birthdayPending ? 1 : 0);
}

/**
 * Daycare tutorial, step 2: the child must be 2 to 5 years old. 200 passes the registration on with
 * `child.age` added (confirmRegistration prices on it); 400 carries the refusal as a JSON string.
 */
export function handler(event: unknown): DaycareResponse {
  const registrationInfo = parseResponseBody(event);
  const child = getRequired(registrationInfo, 'child') as Record<string, unknown>;
  const age = computeAgeYears(getRequired(child, 'dateOfBirth') as string);
  if (age < MIN_AGE_YEARS || age > MAX_AGE_YEARS) {
    return { statusCode: 400, body: JSON.stringify('Child is not within the acceptable age range for this daycare.') };
  }
  child.age = age;
  return { statusCode: 200, body: JSON.stringify(registrationInfo) };
}
