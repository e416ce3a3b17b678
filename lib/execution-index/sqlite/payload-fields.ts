import type Database from 'better-sqlite3';

/** What the index keeps of one payload for field conditions; beyond these it is only full-text searchable. */
export const PAYLOAD_FIELD_LIMITS = {
  /** Values and containers kept per payload, in document order. */
  fieldsPerPayload: 2000,
  /** Steps below `$`; deeper values are skipped. */
  maxDepth: 32,
  maxPathChars: 256,
  /** Longer strings are kept as present (for `exists` and `!=`) but never compared. */
  maxComparedStringChars: 1000,
} as const;

/** `payload_fields.payload`. */
export const PAYLOAD_NUMBER = { input: 0, output: 1 } as const;

/** `payload_fields.kind`: the JSON type, so `= 1` never matches `true` and `> 100` never a string. */
export const FIELD_KIND = { null: 0, false: 1, true: 2, number: 3, string: 4, object: 5, array: 6 } as const;

const { fieldsPerPayload, maxDepth, maxPathChars, maxComparedStringChars } = PAYLOAD_FIELD_LIMITS;

// json_tree lists every node with its path; the root container is no field. Text that is not JSON
// (a payload AWS or the cap truncated) gives no fields: it stays full-text searchable.
const FIELDS = `fields AS (
  SELECT fullkey, type, atom FROM json_tree(iif(json_valid(@json), @json, '[]'))
  WHERE (fullkey <> '$' OR type NOT IN ('object', 'array'))
    AND length(fullkey) <= ${maxPathChars}
    AND length(fullkey) - length(replace(replace(fullkey, '.', ''), '[', '')) <= ${maxDepth}
  LIMIT ${fieldsPerPayload}
)`;

const KIND_OF_TYPE = `CASE type
  WHEN 'null' THEN ${FIELD_KIND.null} WHEN 'false' THEN ${FIELD_KIND.false} WHEN 'true' THEN ${FIELD_KIND.true}
  WHEN 'integer' THEN ${FIELD_KIND.number} WHEN 'real' THEN ${FIELD_KIND.number} WHEN 'text' THEN ${FIELD_KIND.string}
  WHEN 'object' THEN ${FIELD_KIND.object} ELSE ${FIELD_KIND.array} END`;

const VALUE_OF_TYPE = `CASE WHEN type IN ('integer', 'real') THEN atom
  WHEN type = 'text' AND length(atom) <= ${maxComparedStringChars} THEN atom END`;

/**
 * JSON text whose object keys json_tree writes as JSON.stringify would, so stored paths match the
 * ones built from user paths: only text with a backslash can spell a key another way (`\u00fc`).
 */
export function toCanonicalJson(text: string): string {
  if (!text.includes('\\')) return text;
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text; // not JSON (or too deep to re-stringify): json_tree decides what it can read
  }
}

export interface PayloadFieldWriter {
  /** Replaces nothing: call `clear` first when the execution had fields. */
  write(executionId: number, payload: keyof typeof PAYLOAD_NUMBER, text: string): void;
  clear(executionId: number): void;
}

/**
 * Flattens payloads into `payload_fields` with json_tree, in SQLite: one row per value (path interned
 * in `field_paths`, JSON type, number or string), so field conditions are index range scans.
 */
export function createPayloadFieldWriter(db: Database.Database): PayloadFieldWriter {
  const insertPaths = db.prepare<[{ json: string }]>(`WITH ${FIELDS} INSERT OR IGNORE INTO field_paths (path) SELECT fullkey FROM fields`);
  const insertFields = db.prepare<[{ json: string; id: number; payload: number }]>(
    `WITH ${FIELDS}
     INSERT OR IGNORE INTO payload_fields (execution_id, payload, path_id, kind, value)
     SELECT @id, @payload, field_paths.id, ${KIND_OF_TYPE}, ${VALUE_OF_TYPE} FROM fields JOIN field_paths ON field_paths.path = fields.fullkey`,
  );
  const deleteFields = db.prepare<[number]>('DELETE FROM payload_fields WHERE execution_id = ?');
  return {
    write(executionId, payload, text) {
      const json = toCanonicalJson(text);
      insertPaths.run({ json });
      insertFields.run({ json, id: executionId, payload: PAYLOAD_NUMBER[payload] });
    },
    clear(executionId) {
      deleteFields.run(executionId);
    },
  };
}
