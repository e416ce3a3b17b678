import type { FieldPathSegment } from '../parse-field-path';

/** A name json_tree writes bare after the dot; any other is written in double quotes. */
const BARE_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * The path as SQLite's json_tree writes it in `fullkey`, so a parsed user path finds the rows the
 * index stored: `$.order.id`, `$.items[0].sku`, `$."order_id"`, `$."a b"`. A quoted name holds the
 * key as the JSON text spelled it, which for text JSON.stringify wrote (the index canonicalizes
 * payloads with escapes first) is JSON.stringify's escaping.
 */
export function toJsonTreePath(segments: readonly FieldPathSegment[]): string {
  let path = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (BARE_NAME.test(segment)) path += `.${segment}`;
    else path += `.${JSON.stringify(segment)}`;
  }
  return path;
}
