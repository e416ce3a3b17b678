import { describe, expect, it } from 'vitest';
import { shapeForResource } from '@/lib/emulator/test-state/mock-result-shapes';

describe('shapeForResource', () => {
  it('finds the shape of an integration whatever its pattern, and none for others', () => {
    expect(shapeForResource('arn:aws:states:::lambda:invoke')).toMatchObject({ type: 'structure' });
    expect(shapeForResource('arn:aws:states:::states:startExecution.sync')).toMatchObject({ required: ['ExecutionArn', 'StartDate'] });
    expect(shapeForResource('arn:aws:states:::aws-sdk:s3:getObject')).toBeDefined();
    expect(shapeForResource('arn:aws:lambda:us-east-1:123456789012:function:f')).toBeUndefined();
    expect(shapeForResource('arn:aws:states:::toString')).toBeUndefined();
  });
});
