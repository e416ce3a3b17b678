import type { JsonObject, JsonValue } from '../../asl/json-value';

/** The failure of reading an item file: the Map state fails with States.ItemReaderFailed and this cause. */
export class ItemFileError extends Error {}

const DELIMITERS: Record<string, string> = { COMMA: ',', PIPE: '|', SEMICOLON: ';', SPACE: ' ', TAB: '\t' };

/** A JSON file holds one array of items. */
export function parseJsonItems(text: string): JsonValue[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ItemFileError('Attempting to map over non-iterable node: the object is not valid JSON.');
  }
  if (!Array.isArray(parsed)) throw new ItemFileError('Attempting to map over non-iterable node: the JSON object is not an array.');
  return parsed as JsonValue[];
}

/** JSON Lines: one JSON value a line; blank lines are skipped. */
export function parseJsonLinesItems(text: string): JsonValue[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      try {
        return JSON.parse(line) as JsonValue;
      } catch {
        throw new ItemFileError(`The JSONL object has an invalid JSON value on line ${index + 1}.`);
      }
    });
}

/** RFC 4180 rows: quoted fields may hold the delimiter, newlines and doubled quotes. */
function csvRows(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export interface CsvOptions {
  /** Given headers (CSVHeaderLocation GIVEN); otherwise the first row holds them. */
  headers?: string[];
  delimiter?: string;
}

/** CSV rows as objects keyed by header; every value stays a string, as AWS reads CSV. */
export function parseCsvItems(text: string, options: CsvOptions): JsonValue[] {
  const delimiter = DELIMITERS[options.delimiter ?? 'COMMA'];
  if (delimiter === undefined) throw new ItemFileError(`Unsupported CSVDelimiter: ${options.delimiter}`);
  const rows = csvRows(text, delimiter);
  const headers = options.headers ?? rows.shift();
  if (!headers || headers.length === 0) throw new ItemFileError('The CSV file has no header row.');
  return rows.map((row) => {
    if (row.length > headers.length) {
      throw new ItemFileError(`The CSV row has ${row.length} fields but there are only ${headers.length} headers.`);
    }
    const item: JsonObject = {};
    headers.forEach((header, index) => {
      item[header] = row[index] ?? '';
    });
    return item;
  });
}
