import { findMapRun } from '../../map-runs/find-map-run';
import { mapRunServiceOf } from '../../map-runs/map-run-service';
import { mapRunStoreOf } from '../../map-runs/map-run-store';
import type { ActionContext, ActionResult } from '../action-context';
import { validationError } from '../api-error';
import { optionalInteger, requiredString, type RequestBody } from '../request-fields';

function optionalPercentage(body: RequestBody): number | undefined {
  const value = body.toleratedFailurePercentage;
  if (value === undefined || value === null) return undefined;
  const field = 'toleratedFailurePercentage';
  if (typeof value !== 'number' || !Number.isFinite(value)) throw validationError(field, value, 'Member must be a number');
  if (value < 0) throw validationError(field, value, 'Member must have value greater than or equal to 0');
  if (value > 100) throw validationError(field, value, 'Member must have value less than or equal to 100');
  return value;
}

/**
 * UpdateMapRun: new MaxConcurrency and tolerated failure count or percentage for a Map Run. A running
 * run takes them at once (more children start, or it fails sooner); the stored settings change too.
 */
export function updateMapRun(body: RequestBody, context: ActionContext): ActionResult {
  const arn = requiredString(body, 'mapRunArn', 2000);
  const maxConcurrency = optionalInteger(body, 'maxConcurrency', 0, Number.MAX_SAFE_INTEGER);
  const toleratedFailurePercentage = optionalPercentage(body);
  const toleratedFailureCount = optionalInteger(body, 'toleratedFailureCount', 0, Number.MAX_SAFE_INTEGER);
  const run = findMapRun(context, arn);
  const update = { maxConcurrency, toleratedFailurePercentage, toleratedFailureCount };
  const service = mapRunServiceOf(context.store);
  if (service) service.update(arn, run.id, update);
  else {
    mapRunStoreOf(context.store).updateLimits(run.id, {
      maxConcurrency: maxConcurrency ?? run.maxConcurrency,
      toleratedFailurePercentage: toleratedFailurePercentage ?? run.toleratedFailurePercentage,
      toleratedFailureCount: toleratedFailureCount ?? run.toleratedFailureCount,
    });
  }
  return {};
}
