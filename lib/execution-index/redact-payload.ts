/**
 * Redaction of payloads before the index stores them: every value a rule matches becomes the
 * string "[redacted]" (the key stays, so the reader sees a field was there). A payload that is not
 * JSON (AWS truncated it) cannot be checked, so when a rule might match it is withheld whole:
 * the index never stores an unchecked payload while redaction is on.
 */
import type { HistoryEventRecord } from '../domain';
import type { RedactionRule, RedactionRules } from './compile-redaction-rules';
import { stringifyJson } from './stringify-json';
import { STRING_FIELDS } from '../history/to-event-details';

export { compileRedactionRules, NO_REDACTION, type RedactionRules } from './compile-redaction-rules';

export const REDACTED = '[redacted]';
export const WITHHELD_UNCHECKED =
  '[withheld by Statescope: this payload is not valid JSON (AWS may have truncated it), so the redaction rules could not be checked]';

/** One step of every rule at once: rule index and how many of its segments have matched. */
type States = readonly number[];
const STEP = 256; // segments per rule are capped well below this in compileRedactionRules

function initialStates(rules: readonly RedactionRule[]): number[] {
  return rules.map((_, r) => r * STEP);
}

/** The states after stepping into `key`, and whether a rule now matches the whole way (redact it). */
function stepInto(rules: readonly RedactionRule[], states: States, key: string | number): { next: number[]; matched: boolean } {
  const next: number[] = [];
  let matched = false;
  for (const state of states) {
    const rule = rules[Math.floor(state / STEP)];
    const position = state % STEP;
    const segment = rule?.segments[position];
    if (rule === undefined || segment === undefined) continue;
    if (segment.descendant && !next.includes(state)) next.push(state);
    const m = segment.match;
    const hit = m.kind === 'wildcard' || (typeof key === 'string' ? m.names.has(key) : m.indexes.has(key));
    if (!hit) continue;
    if (position + 1 === rule.segments.length) matched = true;
    else if (!next.includes(state + 1)) next.push(state + 1);
  }
  return { next, matched };
}

type Container = Record<string, unknown> | unknown[];

/**
 * Replaces, in place, every value under `root` that a rule reaches from `states`. Iterative: a
 * document nested 10,000 levels deep is walked like any other. Returns whether anything changed.
 */
function redactInPlace(rules: readonly RedactionRule[], root: Container, states: States): boolean {
  let changed = false;
  const pending: Array<{ container: Container; states: States }> = [{ container: root, states }];
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    const { container } = item;
    if (Array.isArray(container)) {
      for (let i = 0; i < container.length; i += 1) {
        const { next, matched } = stepInto(rules, item.states, i);
        if (matched) {
          container[i] = REDACTED;
          changed = true;
        } else if (next.length > 0 && isContainer(container[i])) {
          pending.push({ container: container[i] as Container, states: next });
        }
      }
    } else {
      for (const key of Object.keys(container)) {
        const { next, matched } = stepInto(rules, item.states, key);
        if (matched) {
          container[key] = REDACTED;
          changed = true;
        } else if (next.length > 0 && isContainer(container[key])) {
          pending.push({ container: container[key] as Container, states: next });
        }
      }
    }
  }
  return changed;
}

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/** Whether no rule can match in this text: none of the keys every match passes through appears. */
function cannotMatch(text: string, rules: RedactionRules): boolean {
  if (rules.quotedKeys === undefined || text.includes('\\')) return false;
  return !rules.quotedKeys.some((key) => text.includes(key));
}

/**
 * Redacts one JSON payload held as text, starting below `prefix` (the keys that lead to it, e.g. a
 * variable's name). The text comes back unchanged when nothing matched (same formatting).
 */
function redactText(text: string, rules: RedactionRules, prefix: readonly string[]): string {
  if (rules.rules.length === 0) return text;
  // The key shortcut holds for a whole document only: a prefix may already have passed the key.
  if (prefix.length === 0 && cannotMatch(text, rules)) return text;
  if (rules.rules.some((rule) => rule.segments.length === 0)) return JSON.stringify(REDACTED);
  let states: States = initialStates(rules.rules);
  for (const key of prefix) {
    const { next, matched } = stepInto(rules.rules, states, key);
    if (matched) return JSON.stringify(REDACTED);
    states = next;
  }
  if (states.length === 0) return text;
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return JSON.stringify(WITHHELD_UNCHECKED);
  }
  if (!isContainer(document)) return text;
  return redactInPlace(rules.rules, document, states) ? stringifyJson(document) : text;
}

/**
 * Redacts a JSON payload (an execution's input or output, a state's input...). Not-JSON text is
 * replaced by a JSON string saying it was withheld, unless no rule could match it.
 */
export function redactJsonText(text: string, rules: RedactionRules): string {
  return redactText(text, rules, []);
}

/** Fields of event details that are not payloads: names, ARNs, error names. Everything else may be. */
const NOT_PAYLOAD: ReadonlySet<string> = new Set([...STRING_FIELDS, 'error']);
/** Always payloads (JSON text on the wire, even when truncated). */
const PAYLOAD = new Set(['input', 'output', 'parameters']);

function looksLikeJson(text: string): boolean {
  const first = text.trimStart()[0];
  return first === '{' || first === '[' || first === '"';
}

/** A details field's value made safe to store; the same value when nothing needed redaction. */
function redactField(key: string, value: unknown, rules: RedactionRules): unknown {
  if (NOT_PAYLOAD.has(key) || value === undefined || value === null) return value;
  if (key === 'assignedVariables' && isContainer(value) && !Array.isArray(value)) return redactVariables(value, rules);
  if (typeof value === 'string') {
    // A cause or unknown text field is a message unless it is JSON (a Lambda's error object).
    if (PAYLOAD.has(key) || looksLikeJson(value)) return redactText(value, rules, []);
    return value;
  }
  // Recordings may hold a payload parsed rather than as text; it is written back as text. Other
  // objects (inputDetails, taskCredentials) are metadata.
  if ((PAYLOAD.has(key) || key === 'cause') && isContainer(value)) return redactText(stringifyJson(value), rules, []);
  return value;
}

/** Variables as one object (name to value), so `$..password` also matches a variable named password. */
function redactVariables(variables: Record<string, unknown>, rules: RedactionRules): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined;
  for (const name of Object.keys(variables)) {
    const value = variables[name];
    const text = typeof value === 'string' ? value : stringifyJson(value);
    const redacted = redactText(text, rules, [name]);
    if (redacted !== value) {
      copy ??= { ...variables };
      copy[name] = redacted;
    }
  }
  return copy ?? variables;
}

function redactDetails(details: Record<string, unknown>, rules: RedactionRules): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(details)) {
    const value = details[key];
    const redacted = redactField(key, value, rules);
    if (redacted !== value) {
      copy ??= { ...details };
      copy[key] = redacted;
    }
  }
  return copy ?? details;
}

/**
 * Redacts every payload of a history: execution and state inputs and outputs, task parameters,
 * task, Lambda and activity inputs and outputs, assigned variables, JSON causes, and any other
 * details field holding JSON (event types newer than this file included). Events that need no
 * change are returned as they are; the input array is not modified.
 */
export function redactHistoryEvents(events: readonly HistoryEventRecord[], rules: RedactionRules): HistoryEventRecord[] {
  if (rules.rules.length === 0) return [...events];
  return events.map((event) => {
    let copy: HistoryEventRecord | undefined;
    for (const key of Object.keys(event)) {
      if (!key.endsWith('EventDetails')) continue;
      const details = (event as unknown as Record<string, unknown>)[key];
      if (!isContainer(details) || Array.isArray(details)) continue;
      const redacted = redactDetails(details, rules);
      if (redacted !== details) {
        copy ??= { ...event };
        (copy as unknown as Record<string, unknown>)[key] = redacted;
      }
    }
    return copy ?? event;
  });
}
