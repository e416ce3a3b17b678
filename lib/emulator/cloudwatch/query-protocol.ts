import type { CloudWatchError } from './cloudwatch-error';
import type { CloudWatchInput } from './read-input';

export const XML_NAMESPACE = 'http://monitoring.amazonaws.com/doc/2010-08-01/';

type Node = Record<string, unknown> | unknown[];

/**
 * The AWS Query form (`Action=GetMetricData&MetricDataQueries.member.1.Id=m1&…`) as the JSON shape
 * the actions read: `X.member.N` becomes the list X, item N. Values stay text; the readers convert.
 */
export function parseQueryForm(body: string): { action: string | undefined; input: CloudWatchInput } {
  const input: CloudWatchInput = {};
  let action: string | undefined;
  for (const [key, value] of new URLSearchParams(body)) {
    if (key === 'Action') action = value;
    if (key === 'Action' || key === 'Version') continue;
    const parts = key.split('.');
    let node: Node = input;
    for (let i = 0; i < parts.length; i += 1) {
      const isLast = i === parts.length - 1;
      const text = parts[i] ?? '';
      if (text === 'member' && /^\d+$/.test(parts[i + 1] ?? '')) continue;
      const part: string | number = i > 0 && parts[i - 1] === 'member' && /^\d+$/.test(text) ? Number(text) - 1 : text;
      if (typeof part === 'number' && !Array.isArray(node)) break;
      const container = node as Record<string | number, unknown>;
      if (isLast) {
        container[part] = value;
        break;
      }
      const nextIsList = parts[i + 1] === 'member';
      if (container[part] === undefined || typeof container[part] !== 'object') container[part] = nextIsList ? [] : {};
      node = container[part] as Node;
    }
  }
  // A list is created by its first `member.N`; a form that skips numbers leaves holes, dropped here.
  return { action, input: compactLists(input) as CloudWatchInput };
}

function compactLists(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(compactLists);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compactLists(v)]));
  }
  return value;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An output object as Query XML: lists as `<member>`s, numbers as text, timestamps (Date) as ISO 8601. */
export function toXml(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => `<member>${toXml(item)}</member>`).join('');
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([key, v]) => `<${key}>${toXml(v)}</${key}>`)
      .join('');
  }
  return escapeXml(String(value));
}

export function queryResponse(action: string, result: Record<string, unknown>, requestId: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<${action}Response xmlns="${XML_NAMESPACE}"><${action}Result>${toXml(result)}</${action}Result>` +
    `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>`
  );
}

export function queryErrorResponse(error: CloudWatchError, requestId: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<ErrorResponse xmlns="${XML_NAMESPACE}"><Error><Type>${error.faultType}</Type>` +
    `<Code>${error.code}</Code><Message>${escapeXml(error.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`
  );
}
