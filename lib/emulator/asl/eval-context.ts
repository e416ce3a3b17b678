import type { JsonValue } from './json-value';

export interface EvalContext {
  contextObject: JsonValue;
  variables: Record<string, JsonValue>;
}
