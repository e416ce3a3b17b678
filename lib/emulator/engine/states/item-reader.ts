import type { JsonObject, JsonValue } from '../../asl/json-value';
import { evaluateJsonataTemplate } from '../../asl/jsonata-template';
import { evaluatePayloadTemplate } from '../../asl/payload-template';
import { StateFailure } from '../execution-errors';
import { ObjectStoreError, type ObjectStore } from '../map-run-host';
import type { StateFrame } from '../runtime';
import { evalContext, isObject, jsonataBindings } from '../state-io';
import { ItemFileError, parseCsvItems, parseJsonItems, parseJsonLinesItems } from './item-file-formats';
import { readNumber } from './map-limits';

const GET_OBJECT = 'arn:aws:states:::s3:getObject';
const LIST_OBJECTS = 'arn:aws:states:::s3:listObjectsV2';

function readerFailure(cause: string): StateFailure {
  return new StateFailure('States.ItemReaderFailed', cause);
}

/** The reader's Parameters (JSONPath) or Arguments (JSONata), evaluated against the Map's input. */
async function readerArguments(frame: StateFrame, reader: JsonObject, input: JsonValue): Promise<JsonObject> {
  const template = frame.queryLanguage === 'JSONata' ? reader.Arguments : reader.Parameters;
  if (template === undefined) return {};
  const value =
    frame.queryLanguage === 'JSONata'
      ? await evaluateJsonataTemplate(template, jsonataBindings(frame, input), 'ItemReader.Arguments')
      : evaluatePayloadTemplate(template, input, evalContext(frame), 'ItemReader.Parameters');
  return isObject(value) ? value : {};
}

function parseObject(text: string, config: JsonObject): JsonValue[] {
  switch (config.InputType ?? 'JSON') {
    case 'JSON':
      return parseJsonItems(text);
    case 'JSONL':
      return parseJsonLinesItems(text);
    case 'CSV': {
      const given = config.CSVHeaderLocation === 'GIVEN' && Array.isArray(config.CSVHeaders);
      return parseCsvItems(text, {
        headers: given ? (config.CSVHeaders as JsonValue[]).map(String) : undefined,
        delimiter: typeof config.CSVDelimiter === 'string' ? config.CSVDelimiter : undefined,
      });
    }
    default:
      throw new ItemFileError(`The emulator's ItemReader reads InputType JSON, JSONL and CSV, not ${String(config.InputType)}.`);
  }
}

/**
 * ItemReader over the emulator's local S3 stand-in: `s3:getObject` reads a JSON, JSONL or CSV file,
 * `s3:listObjectsV2` lists the objects under a prefix. ReaderConfig.MaxItems(Path) caps the items.
 */
export async function readItems(frame: StateFrame, input: JsonValue, objects: ObjectStore | undefined): Promise<JsonValue[]> {
  const reader = frame.state.ItemReader as JsonObject;
  const config = isObject(reader.ReaderConfig) ? reader.ReaderConfig : {};
  const args = await readerArguments(frame, reader, input);
  const bucket = typeof args.Bucket === 'string' ? args.Bucket : '';
  if (!objects) throw readerFailure('This run has no S3 stand-in for ItemReader (run it in the emulator server).');
  let items: JsonValue[];
  try {
    if (reader.Resource === LIST_OBJECTS) {
      const prefix = typeof args.Prefix === 'string' ? args.Prefix : '';
      items = objects.list(bucket, prefix).map((object) => ({
        Etag: `"${object.size.toString(16)}-${object.lastModified.getTime().toString(16)}"`,
        Key: object.key,
        LastModified: Math.floor(object.lastModified.getTime() / 1000),
        Size: object.size,
        StorageClass: 'STANDARD',
      }));
    } else if (reader.Resource === GET_OBJECT) {
      const key = typeof args.Key === 'string' ? args.Key : '';
      items = parseObject(objects.read(bucket, key), config);
    } else {
      throw readerFailure(`The emulator's ItemReader supports ${GET_OBJECT} and ${LIST_OBJECTS}, not ${String(reader.Resource)}.`);
    }
  } catch (err) {
    if (err instanceof ObjectStoreError || err instanceof ItemFileError) throw readerFailure(err.message);
    throw err;
  }
  const configFrame = { ...frame, state: config };
  const maxItems = await readNumber(configFrame, input, 'MaxItems', 'integer');
  return maxItems !== undefined && maxItems > 0 ? items.slice(0, maxItems) : items;
}
