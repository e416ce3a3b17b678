/**
 * Compares a TestState reply with one recorded on real AWS, as ../shared/aws-teststate/README.md
 * says: JSON text fields compared parsed, recorded placeholders matching any value of their form.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface RecordedTransformer {
  kind: string;
  replacement?: string;
  match?: string;
  placeholders?: string[];
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const ISO_DATE_TIME = '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})';
/** Whole-value masks: the recording replaced the entire value. */
const WHOLE_VALUE_MASKS = new Set(['RequestId', 'x-amzn-RequestId', 'X-Amzn-Trace-Id', 'start-date']);
/** Fields whose values are JSON text on the wire. */
const JSON_TEXT_FIELDS = new Set(['output']);
const INSPECTION_NON_JSON = new Set([
  'errorDetails',
  'maxConcurrency',
  'toleratedFailureCount',
  'toleratedFailurePercentage',
  'request',
  'response',
]);

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A matcher for recorded strings, knowing which placeholders this case's transformers left. */
export function placeholderMatcher(transformers: RecordedTransformer[]): (recorded: string, actual: string) => boolean {
  const present = new Set(transformers.flatMap((t) => t.placeholders ?? []));
  const literals = transformers.filter(
    (t) => t.kind === 'regex' && t.match && t.replacement?.startsWith('<') && !t.replacement.startsWith('<region'),
  );
  return (recorded, actual) => {
    if (recorded === actual) return true;
    if (WHOLE_VALUE_MASKS.has(recorded) && present.has(recorded)) return true;
    if (recorded === 'date' && present.has('date')) return new RegExp(`^${ISO_DATE_TIME}$`).test(actual);
    let pattern = escapeRegex(recorded);
    if (present.has('arn:<partition>:')) pattern = pattern.split(escapeRegex('arn:<partition>:')).join('arn:aws[a-z-]*:');
    if (present.has('111111111111')) pattern = pattern.split('111111111111').join('\\d{12}');
    if (present.has('<region>')) pattern = pattern.split(escapeRegex('<region>')).join('[a-z]{2}(-[a-z]+)+-\\d');
    pattern = pattern.replace(/<uuid:\d+>/g, UUID).replace(/<resource:\d+>/g, '[^:/]+');
    for (const literal of literals) pattern = pattern.split(escapeRegex(literal.replacement ?? '')).join(escapeRegex(literal.match ?? ''));
    return new RegExp(`^${pattern}$`).test(actual);
  };
}

function parseText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as Json;
  } catch {
    return value;
  }
}

/** Differences between a recorded value and the reply's, as "path: recorded vs actual" lines. */
function differences(recorded: unknown, actual: unknown, path: string, same: (r: string, a: string) => boolean): string[] {
  if (typeof recorded === 'string' && typeof actual === 'string')
    return same(recorded, actual) ? [] : [`${path}: ${JSON.stringify(recorded)} vs ${JSON.stringify(actual)}`];
  if (Array.isArray(recorded)) {
    if (!Array.isArray(actual) || actual.length !== recorded.length)
      return [`${path}: ${JSON.stringify(recorded)} vs ${JSON.stringify(actual)}`];
    return recorded.flatMap((item, i) => differences(item, actual[i], `${path}[${i}]`, same));
  }
  if (typeof recorded === 'object' && recorded !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual))
      return [`${path}: ${JSON.stringify(recorded)} vs ${JSON.stringify(actual)}`];
    const keys = new Set([...Object.keys(recorded), ...Object.keys(actual)]);
    return [...keys].flatMap((key) =>
      differences((recorded as Record<string, unknown>)[key], (actual as Record<string, unknown>)[key], `${path}.${key}`, same),
    );
  }
  return recorded === actual ? [] : [`${path}: ${JSON.stringify(recorded)} vs ${JSON.stringify(actual)}`];
}

/** What differs between a recorded `kind: "result"` reply and the emulator's (empty: it reproduces). */
export function resultDifferences(
  recorded: Record<string, unknown>,
  reply: Record<string, unknown>,
  transformers: RecordedTransformer[],
): string[] {
  const same = placeholderMatcher(transformers);
  const problems: string[] = [];
  for (const field of ['status', 'output', 'error', 'cause', 'nextState']) {
    const parse = JSON_TEXT_FIELDS.has(field) ? parseText : (v: unknown) => v;
    problems.push(...differences(parse(recorded[field] ?? undefined), parse(reply[field] ?? undefined), field, same));
  }
  const recordedData = (recorded.inspectionData ?? {}) as Record<string, unknown>;
  const replyData = (reply.inspectionData ?? {}) as Record<string, unknown>;
  for (const [field, value] of Object.entries(recordedData)) {
    const parse = INSPECTION_NON_JSON.has(field) ? (v: unknown) => v : parseText;
    problems.push(...differences(parse(value), parse(replyData[field]), `inspectionData.${field}`, same));
  }
  return problems;
}
