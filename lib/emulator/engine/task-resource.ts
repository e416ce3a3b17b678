/** What a Task state's Resource names. */
export type TaskResource =
  | { kind: 'lambda-function'; arn: string; functionName: string }
  | { kind: 'service'; service: string; action: string; pattern: '' | 'sync' | 'sync:2' | 'waitForTaskToken' }
  | { kind: 'activity'; arn: string }
  | { kind: 'unknown'; resource: string };

const LAMBDA_ARN = /^arn:[^:]+:lambda:[^:]*:[^:]*:function:([^:]+)(?::[^:]+)?$/;
const SERVICE_ARN = /^arn:[^:]+:states:::([^:]+):([^.]+)(?:\.(sync(?::2)?|waitForTaskToken))?$/;
const ACTIVITY_ARN = /^arn:[^:]+:states:[^:]*:[^:]*:activity:.+$/;

export function parseTaskResource(resource: string): TaskResource {
  const functionName = LAMBDA_ARN.exec(resource)?.[1];
  if (functionName !== undefined) return { kind: 'lambda-function', arn: resource, functionName };
  const [, serviceName, action, suffix = ''] = SERVICE_ARN.exec(resource) ?? [];
  if (serviceName !== undefined && action !== undefined) {
    const pattern = suffix as '' | 'sync' | 'sync:2' | 'waitForTaskToken';
    return { kind: 'service', service: serviceName, action, pattern };
  }
  if (ACTIVITY_ARN.test(resource)) return { kind: 'activity', arn: resource };
  return { kind: 'unknown', resource };
}

/** The function name from `FunctionName` (a name, a partial ARN `123:function:name`, or a full ARN). */
export function functionNameOf(functionName: string): string {
  const parts = functionName.split(':');
  const index = parts.indexOf('function');
  const afterFunction = index >= 0 ? parts[index + 1] : undefined;
  if (afterFunction) return afterFunction;
  return parts[0] ?? functionName;
}

/** The unqualified function ARN AWS prints in Lambda error causes. */
export function functionArn(functionName: string, region: string, accountId: string): string {
  if (functionName.startsWith('arn:')) return functionName.split(':').slice(0, 7).join(':');
  return `arn:aws:lambda:${region}:${accountId}:function:${functionNameOf(functionName)}`;
}
