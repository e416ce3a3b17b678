import type { JsonObject, JsonValue } from '../../asl/json-value';
import { evaluateJsonataTemplate } from '../../asl/jsonata-template';
import { evaluatePayloadTemplate } from '../../asl/payload-template';
import { StateFailure } from '../execution-errors';
import { ObjectStoreError, type ObjectStore } from '../map-run-host';
import type { StateFrame } from '../runtime';
import type { ExecutionStatus } from '../types';
import { evalContext, isObject, jsonataBindings } from '../state-io';

/** What the result files say about one child execution. */
export interface ChildSummary {
  executionArn: string;
  name: string;
  stateMachineArn: string;
  input: string;
  status: ExecutionStatus;
  startDate: Date;
  stopDate?: Date;
  output?: string;
  error?: string;
  cause?: string;
  itemCount: number;
}

function resultEntry(child: ChildSummary): JsonObject {
  const entry: JsonObject = {
    ExecutionArn: child.executionArn,
    Input: child.input,
    InputDetails: { Included: true },
    Name: child.name,
  };
  if (child.output !== undefined) Object.assign(entry, { Output: child.output, OutputDetails: { Included: true } });
  if (child.error !== undefined) entry.Error = child.error;
  if (child.cause !== undefined) entry.Cause = child.cause;
  Object.assign(entry, {
    RedriveCount: 0,
    RedriveStatus: 'NOT_REDRIVABLE',
    StartDate: child.startDate.toISOString(),
    StateMachineArn: child.stateMachineArn,
    Status: child.status,
  });
  if (child.stopDate) entry.StopDate = child.stopDate.toISOString();
  return entry;
}

const GROUPS = ['SUCCEEDED', 'FAILED', 'PENDING'] as const;

function groupOf(child: ChildSummary): (typeof GROUPS)[number] {
  if (child.status === 'SUCCEEDED') return 'SUCCEEDED';
  if (child.status === 'RUNNING') return 'PENDING';
  return 'FAILED';
}

/**
 * ResultWriter: writes `PREFIX/<map run id>/manifest.json` and one SUCCEEDED_0 / FAILED_0 /
 * PENDING_0 file per non-empty group to the local S3 stand-in; the Map's result becomes
 * `{ MapRunArn, ResultWriterDetails: { Bucket, Key } }` as on AWS.
 */
export async function writeResults(
  frame: StateFrame,
  stateInput: JsonValue,
  mapRunArn: string,
  children: ChildSummary[],
  objects: ObjectStore | undefined,
): Promise<{ result: JsonValue; itemsWritten: number }> {
  const writer = frame.state.ResultWriter as JsonObject;
  const template = frame.queryLanguage === 'JSONata' ? writer.Arguments : writer.Parameters;
  const args =
    template === undefined
      ? {}
      : frame.queryLanguage === 'JSONata'
        ? await evaluateJsonataTemplate(template, jsonataBindings(frame, stateInput), 'ResultWriter.Arguments')
        : evaluatePayloadTemplate(template, stateInput, evalContext(frame), 'ResultWriter.Parameters');
  const bucket = isObject(args) && typeof args.Bucket === 'string' ? args.Bucket : '';
  const prefix = isObject(args) && typeof args.Prefix === 'string' && args.Prefix !== '' ? `${args.Prefix.replace(/\/$/, '')}/` : '';
  if (!objects)
    throw new StateFailure('States.ResultWriterFailed', 'This run has no S3 stand-in for ResultWriter (run it in the emulator server).');
  const runId = mapRunArn.slice(mapRunArn.lastIndexOf(':') + 1);
  const folder = `${prefix}${runId}/`;
  const resultFiles: JsonObject = {};
  let itemsWritten = 0;
  try {
    for (const group of GROUPS) {
      const members = children.filter((child) => groupOf(child) === group);
      resultFiles[group] = [];
      if (members.length === 0) continue;
      const key = `${folder}${group}_0.json`;
      const text = JSON.stringify(members.map(resultEntry));
      objects.write(bucket, key, text);
      (resultFiles[group] as JsonValue[]).push({ Key: key, Size: Buffer.byteLength(text) });
      if (group !== 'PENDING') itemsWritten += members.reduce((sum, child) => sum + child.itemCount, 0);
    }
    const manifestKey = `${folder}manifest.json`;
    objects.write(bucket, manifestKey, JSON.stringify({ DestinationBucket: bucket, MapRunArn: mapRunArn, ResultFiles: resultFiles }));
    return { result: { MapRunArn: mapRunArn, ResultWriterDetails: { Bucket: bucket, Key: manifestKey } }, itemsWritten };
  } catch (err) {
    if (err instanceof ObjectStoreError) throw new StateFailure('States.ResultWriterFailed', err.message);
    throw err;
  }
}
