import type { JsonValue } from '../asl/json-value';
import { evaluateJsonataTemplate } from '../asl/jsonata-template';
import { evaluatePayloadTemplate } from '../asl/payload-template';
import type { StateFrame } from './runtime';
import { evalContext, isObject, jsonataBindings } from './state-io';

/** The role a Task's `Credentials` names (literal, `RoleArn.$` or JSONata), written as taskCredentials. */
export async function readTaskRoleArn(frame: StateFrame, input: JsonValue): Promise<string | undefined> {
  const credentials = frame.state.Credentials;
  if (credentials === undefined) return undefined;
  const evaluated =
    frame.queryLanguage === 'JSONata'
      ? await evaluateJsonataTemplate(credentials, jsonataBindings(frame, input), 'Credentials')
      : evaluatePayloadTemplate(credentials, input, evalContext(frame), 'Credentials');
  return isObject(evaluated) && typeof evaluated.RoleArn === 'string' ? evaluated.RoleArn : undefined;
}
