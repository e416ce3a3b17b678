import { describe, expect, it } from 'vitest';
import { parseLabelledMachineArn } from '@/lib/map-runs/labelled-machine-arn';

const MACHINE = 'arn:aws:states:us-east-1:123456789012:stateMachine:Orders';

describe('parseLabelledMachineArn', () => {
  it('splits a Distributed Map’s labelled machine into its parent machine and label', () => {
    expect(parseLabelledMachineArn(`${MACHINE}/Batches`)).toEqual({ parentArn: MACHINE, parentName: 'Orders', label: 'Batches' });
  });

  it('is undefined for plain machines, versions, aliases, malformed labels and other resources', () => {
    for (const arn of [
      MACHINE,
      `${MACHINE}:3`,
      `${MACHINE}/`,
      `arn:aws:states:us-east-1:123456789012:stateMachine:/Batches`,
      `${MACHINE}/a/b`,
      'arn:aws:states:us-east-1:123456789012:execution:Orders/Batches',
      'not an arn',
    ]) {
      expect(parseLabelledMachineArn(arn), arn).toBeUndefined();
    }
  });
});
