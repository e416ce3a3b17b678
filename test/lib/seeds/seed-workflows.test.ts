import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import validateAsl from 'asl-validator';
import { describe, expect, it } from 'vitest';
import { seedWorkflows } from '@/lib/seeds/seed-workflows';

const HANDLERS_DIR = fileURLToPath(new URL('../../../lib/seeds/handlers/', import.meta.url));

/** Every function a definition calls, by direct ARN or by lambda:invoke's FunctionName. */
function lambdaFunctionNames(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((child) => lambdaFunctionNames(child, found));
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'Resource' || key === 'FunctionName') && typeof value === 'string') {
        const match = /^arn:aws:lambda:us-east-1:123456789012:function:([A-Za-z0-9_-]+)$/.exec(value);
        if (match) found.push(match[1]!);
        else if (key === 'Resource') expect(value).toBe('arn:aws:states:::lambda:invoke');
      } else lambdaFunctionNames(value, found);
    }
  }
  return found;
}

describe('seedWorkflows', () => {
  it('lists the four tutorial workflows and the demo Map, Wait and timeout workflows', () => {
    expect(seedWorkflows.map((workflow) => workflow.name)).toEqual([
      'daycare-registration',
      'order-processing',
      'course-enrollment',
      'odd-even',
      'shipping-label-batch',
      'invoice-payment-reminder',
      'supplier-quote-approval',
      'parcel-audit',
    ]);
  });

  it.each(seedWorkflows.map((workflow) => [workflow.name, workflow] as const))('%s is valid ASL', (_name, workflow) => {
    const result = validateAsl(workflow.definition);
    expect(result.errors).toEqual([]);
    expect(result.isValid).toBe(true);
  });

  it.each(seedWorkflows.map((workflow) => [workflow.name, workflow] as const))(
    'every Lambda %s calls has a seed handler',
    (_name, workflow) => {
      for (const functionName of lambdaFunctionNames(workflow.definition)) {
        expect(existsSync(`${HANDLERS_DIR}${functionName}.ts`), `${functionName}.ts`).toBe(true);
      }
    },
  );

  it('gives the order workflow a Retry on the transient inventory error and Catches into its Fail states', () => {
    const states = seedWorkflows.find((workflow) => workflow.name === 'order-processing')!.definition.States as Record<
      string,
      Record<string, unknown>
    >;
    expect(states.UpdateInventory!.Retry).toEqual([
      { ErrorEquals: ['InventoryServiceUnavailable'], IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 1.5 },
    ]);
    expect(states.VerifyPayment!.Catch).toEqual([{ ErrorEquals: ['PaymentVerificationFailed'], Next: 'NotifyCustomerFailedPayment' }]);
    expect(states.UpdateInventory!.Catch).toEqual([{ ErrorEquals: ['InventoryUpdateFailed'], Next: 'HandleInventoryError' }]);
  });
});
