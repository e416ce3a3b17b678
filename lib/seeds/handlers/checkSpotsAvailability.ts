import { parseResponseBody } from '../support/daycare-response';
import type { DaycareResponse } from '../support/daycare-response';
import { getRequired } from '../support/python-errors';

/**
 * Free places per weekday. The tutorial hard-codes 20 spots and notes they "should be dynamically
 * determined"; we complete it with a fixed weekly roster: 20 places on weekdays, none at the weekend
 * (the daycare is closed), so asking for a Saturday is the reproducible "no spots" case.
 */
export const SPOTS_BY_DAY: Readonly<Record<string, number>> = {
  Monday: 20,
  Tuesday: 20,
  Wednesday: 20,
  Thursday: 20,
  Friday: 20,
  Saturday: 0,
  Sunday: 0,
};

/** Daycare tutorial, step 3: 200 passes the registration on unchanged; 400 when no place is free. */
export function handler(event: unknown): DaycareResponse {
  const registrationInfo = parseResponseBody(event);
  const days = getRequired(registrationInfo, 'daysOfWeek');
  const requested = Array.isArray(days) ? days : [];
  // The scarcest requested day decides; an unknown day name has no places. No day at all: the seed's 20.
  const spotsAvailable = requested.length === 0 ? 20 : Math.min(...requested.map((day) => SPOTS_BY_DAY[String(day)] ?? 0));
  if (spotsAvailable <= 0) return { statusCode: 400, body: JSON.stringify('No spots available in the daycare.') };
  return { statusCode: 200, body: JSON.stringify(registrationInfo) };
}
