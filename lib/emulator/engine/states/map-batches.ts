import type { JsonObject, JsonValue } from '../../asl/json-value';
import { evaluateJsonataTemplate } from '../../asl/jsonata-template';
import { evaluatePayloadTemplate } from '../../asl/payload-template';
import { payloadBytes, toJsonText } from '../payload';
import type { StateFrame } from '../runtime';
import { runtimeFailure } from '../state-errors';
import { evalContext, isObject, jsonataBindings } from '../state-io';
import { readNumber } from './map-limits';

/** What one child execution gets: its input and how many items it carries. */
export interface ChildInput {
  input: JsonValue;
  itemCount: number;
  /** Index of its first item (results and failures are reported per child). */
  firstItem: number;
}

/** AWS's cap on a batch's input, and the most MaxInputBytesPerBatch may be. */
const MAX_BATCH_BYTES = 262_144;

/**
 * ItemBatcher: groups the (already selected) items into batches of at most MaxItemsPerBatch items
 * and MaxInputBytesPerBatch bytes of child input, each `{ BatchInput?, Items }` as AWS builds it.
 */
export async function batchItems(frame: StateFrame, stateInput: JsonValue, items: JsonValue[]): Promise<ChildInput[]> {
  const batcher = frame.state.ItemBatcher as JsonObject;
  const batcherFrame = { ...frame, state: batcher };
  const maxItems = await readNumber(batcherFrame, stateInput, 'MaxItemsPerBatch', 'integer');
  const maxBytes = await readNumber(batcherFrame, stateInput, 'MaxInputBytesPerBatch', 'integer');
  if (maxItems === undefined && maxBytes === undefined) {
    throw runtimeFailure(frame, 'States.Runtime', 'ItemBatcher needs MaxItemsPerBatch or MaxInputBytesPerBatch.');
  }
  const byteLimit = Math.min(maxBytes ?? MAX_BATCH_BYTES, MAX_BATCH_BYTES);
  let batchInput: JsonValue | undefined;
  if (batcher.BatchInput !== undefined) {
    batchInput =
      frame.queryLanguage === 'JSONata'
        ? await evaluateJsonataTemplate(batcher.BatchInput, jsonataBindings(frame, stateInput), 'BatchInput')
        : evaluatePayloadTemplate(batcher.BatchInput, stateInput, evalContext(frame), 'BatchInput');
  }
  const wrap = (batch: JsonValue[]): JsonObject =>
    batchInput !== undefined && isObject(batchInput) ? { BatchInput: batchInput, Items: batch } : { Items: batch };
  const emptyBytes = payloadBytes(toJsonText(wrap([])));
  const batches: ChildInput[] = [];
  let current: JsonValue[] = [];
  let bytes = emptyBytes;
  let first = 0;
  items.forEach((item, index) => {
    const itemBytes = payloadBytes(toJsonText(item)) + (current.length > 0 ? 1 : 0);
    const full = (maxItems !== undefined && current.length >= maxItems) || (current.length > 0 && bytes + itemBytes > byteLimit);
    if (full) {
      batches.push({ input: wrap(current), itemCount: current.length, firstItem: first });
      current = [];
      bytes = emptyBytes;
      first = index;
    }
    current.push(item);
    bytes += payloadBytes(toJsonText(item)) + (current.length > 1 ? 1 : 0);
  });
  if (current.length > 0) batches.push({ input: wrap(current), itemCount: current.length, firstItem: first });
  return batches;
}
