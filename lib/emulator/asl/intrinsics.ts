import type { EvalContext } from './eval-context';
import { INTRINSIC_FUNCTIONS, type IntrinsicArgument } from './intrinsic-functions';
import { parseIntrinsic, type IntrinsicNode } from './intrinsic-parser';
import { readPath } from './json-path';
import type { JsonValue } from './json-value';
import { StatesError } from './states-error';

/**
 * Evaluates `States.Format('x {}', $.a)` etc.: nested calls, string/number/boolean/null literals and paths
 * ($, $$, $var; a path that does not resolve fails as readPath does for `field`). Bad arguments fail with
 * States.Runtime "Invalid arguments in States.<Name>" as AWS does; malformed text or an unknown function
 * with States.IntrinsicFailure.
 */
export function evaluateIntrinsic(expression: string, input: JsonValue, ctx: EvalContext, field: string): JsonValue {
  return evaluateNode(parseIntrinsic(expression), input, ctx, field).value;
}

/** True when the text is an intrinsic function call (`States.Name(`), the alternative to a path in `x.$`. */
export function isIntrinsicCall(text: string): boolean {
  return /^\s*States\.[A-Za-z0-9]+\s*\(/.test(text);
}

function evaluateNode(node: IntrinsicNode, input: JsonValue, ctx: EvalContext, field: string): IntrinsicArgument {
  switch (node.kind) {
    case 'string':
      return { value: node.value, rawLiteral: node.raw };
    case 'number':
    case 'boolean':
      return { value: node.value };
    case 'null':
      return { value: null };
    case 'path':
      return { value: readPath(node.path, input, ctx, field) };
    case 'call': {
      const fn = Object.hasOwn(INTRINSIC_FUNCTIONS, node.name) ? INTRINSIC_FUNCTIONS[node.name] : undefined;
      if (!fn) throw new StatesError('States.IntrinsicFailure', `Unknown intrinsic function: States.${node.name}`);
      return { value: fn(node.args.map((arg) => evaluateNode(arg, input, ctx, field))) };
    }
  }
}
