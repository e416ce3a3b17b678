import { JSONPath } from 'jsonpath-plus';
import type { EvalContext } from './eval-context';
import { isStackOverflow } from './json-depth';
import { parsePath, toNormalizedPath, type ParsedPath, type PathSegment } from './json-path-syntax';
import { isJsonObject, toJsonText } from './json-text';
import type { JsonValue } from './json-value';
import { StatesError } from './states-error';

/** Why a definite path found nothing, in Jayway's words (AWS's JSONPath engine). */
type Miss = { kind: 'no-results'; normalized: string } | { kind: 'missing-property'; normalized: string };

/** Template keys (`x.$`), Fail's ErrorPath/CausePath: "The JSONPath … could not be found in the input …". */
const FIELDS_WITH_INPUT_MESSAGE = new Set(['ErrorPath', 'CausePath']);
/** Wait's paths: "The SecondsPath parameter does not reference an input value: $.x". */
const FIELDS_WITH_PARAMETER_MESSAGE = new Set(['SecondsPath', 'TimestampPath']);

/**
 * Reads a Path/ReferencePath: `$`, `$.a.b[0]`, `$['x']`, wildcards/slices/filters (via jsonpath-plus),
 * `$$.Execution.Input` (context object), `$var.field` (workflow variables). `field` names the ASL field
 * (InputPath, OutputPath, ItemsPath, SecondsPath, Variable, `key.$`...) for the error message. Throws
 * StatesError('States.Runtime') with AWS's cause text when a definite path does not resolve; an
 * indefinite path (wildcard, slice, filter, union, `..`) always yields an array, possibly empty.
 */
export function readPath(path: string, data: JsonValue, ctx: EvalContext, field: string): JsonValue {
  const parsed = parsePath(path);
  const root = resolveRoot(parsed, data, ctx);
  if (root === undefined) {
    throw pathNotFound(path, field, data, { kind: 'no-results', normalized: `$${parsed.rest}` });
  }
  if (!parsed.segments) return queryIndefinite(path, parsed.rest, root);
  const found = walk(root, parsed.segments);
  if ('miss' in found) throw pathNotFound(path, field, data, found.miss);
  return found.value;
}

/** True when the path selects something (IsPresent). Indefinite paths count as present when they match. */
export function isPathPresent(path: string, data: JsonValue, ctx: EvalContext): boolean {
  const parsed = parsePath(path);
  const root = resolveRoot(parsed, data, ctx);
  if (root === undefined) return false;
  if (!parsed.segments) return queryIndefinite(path, parsed.rest, root).length > 0;
  return !('miss' in walk(root, parsed.segments));
}

function resolveRoot(parsed: ParsedPath, data: JsonValue, ctx: EvalContext): JsonValue | undefined {
  switch (parsed.root.kind) {
    case 'input':
      return data;
    case 'context':
      return ctx.contextObject;
    case 'variable':
      return Object.hasOwn(ctx.variables, parsed.root.name) ? ctx.variables[parsed.root.name] : undefined;
  }
}

function walk(root: JsonValue, segments: readonly PathSegment[]): { value: JsonValue } | { miss: Miss } {
  let current = root;
  const noResults: Miss = { kind: 'no-results', normalized: toNormalizedPath(segments) };
  for (const [i, segment] of segments.entries()) {
    if (segment.kind === 'property') {
      if (!isJsonObject(current)) return { miss: noResults };
      if (!Object.hasOwn(current, segment.name)) {
        // Jayway reports a missing leaf as "No results", a missing intermediate as "Missing property".
        const isLeaf = i === segments.length - 1;
        return {
          miss: isLeaf ? noResults : { kind: 'missing-property', normalized: toNormalizedPath(segments.slice(0, i + 1)) },
        };
      }
      const property = current[segment.name];
      if (property === undefined) return { miss: noResults };
      current = property;
    } else {
      if (!Array.isArray(current)) return { miss: noResults };
      const index = segment.index < 0 ? current.length + segment.index : segment.index;
      const element = current[index];
      if (element === undefined) return { miss: noResults };
      current = element;
    }
  }
  return { value: current };
}

function queryIndefinite(path: string, rest: string, root: JsonValue): JsonValue[] {
  let result: unknown;
  try {
    result = JSONPath({ path: `$${rest}`, json: root, wrap: true, eval: 'safe' });
  } catch (error) {
    // jsonpath-plus recurses for `..` and filters: about a thousand levels of data exhaust the stack.
    if (isStackOverflow(error))
      throw new StatesError('States.Runtime', `The JSONPath '${path}' cannot be evaluated: the data is nested too deeply`);
    throw error;
  }
  return Array.isArray(result) ? (result as JsonValue[]) : [];
}

function pathNotFound(path: string, field: string, data: JsonValue, miss: Miss): StatesError {
  if (field.endsWith('.$') || FIELDS_WITH_INPUT_MESSAGE.has(field)) {
    return new StatesError(
      'States.Runtime',
      `The JSONPath '${path}' specified for the field '${field}' could not be found in the input '${toJsonText(data)}'`,
    );
  }
  if (FIELDS_WITH_PARAMETER_MESSAGE.has(field)) {
    return new StatesError('States.Runtime', `The ${field} parameter does not reference an input value: ${path}`);
  }
  const detail = miss.kind === 'no-results' ? `No results for path: ${miss.normalized}` : `Missing property in path ${miss.normalized}`;
  return new StatesError('States.Runtime', `Invalid path '${path}' : ${detail}`);
}
