import type { DaycareResponse } from '../support/daycare-response';
import { getRequired } from '../support/python-errors';

const REQUIRED_FIELDS = ['child', 'parents', 'daysOfWeek'] as const;

/**
 * Daycare tutorial, step 1: is the registration form complete? 400 names the first missing field;
 * 200 passes the registration on, JSON-encoded in `body`, to the next check.
 */
export function handler(event: unknown): DaycareResponse {
  const registrationInfo = getRequired(event, 'registration_info');
  const form = registrationInfo !== null && typeof registrationInfo === 'object' ? registrationInfo : {};
  const missing = REQUIRED_FIELDS.find((field) => !(field in form));
  if (missing) return { statusCode: 400, body: `Missing required field: ${missing}` };
  return { statusCode: 200, body: JSON.stringify(registrationInfo) };
}
