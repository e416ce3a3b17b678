import { describe, expect, it } from 'vitest';
import { buildGraphModel, END_NODE_ID, START_NODE_ID } from '@/lib/graph/build-graph-model';
import { readSeedDefinition } from '../../support/graph/read-seed-definition';

describe('buildGraphModel', () => {
  it('draws every state of the daycare registration with its Choice rules and Defaults', () => {
    const model = buildGraphModel(readSeedDefinition('daycare-registration'));
    expect(model.nodes.map((n) => `${n.id}:${n.kind}`)).toEqual([
      `${START_NODE_ID}:Start`,
      'CheckInformation:Task',
      'IsInformationComplete:Choice',
      'RegistrationIncomplete:Fail',
      'CheckAgeRange:Task',
      'IsAgeInRange:Choice',
      'AgeOutOfRange:Fail',
      'CheckSpotsAvailability:Task',
      'AreSpotsAvailable:Choice',
      'NoSpotsAvailable:Fail',
      'ConfirmRegistration:Task',
      `${END_NODE_ID}:End`,
    ]);
    const fromAgeChoice = model.edges.filter((e) => e.source === 'IsAgeInRange').map((e) => `${e.kind}:${e.target}:${e.label ?? ''}`);
    expect(fromAgeChoice).toEqual(['choice:CheckSpotsAvailability:', 'choice:AgeOutOfRange:', 'default:AgeOutOfRange:Default']);
    expect(model.edges.find((e) => e.kind === 'start')).toMatchObject({ source: START_NODE_ID, target: 'CheckInformation' });
    expect(model.edges.find((e) => e.kind === 'end')).toMatchObject({ source: 'ConfirmRegistration', target: END_NODE_ID });
  });

  it('labels each Catch edge with the errors it handles', () => {
    const model = buildGraphModel(readSeedDefinition('order-processing'));
    const catches = model.edges.filter((e) => e.kind === 'catch');
    expect(catches).toEqual([
      {
        id: 'catch:VerifyPayment->NotifyCustomerFailedPayment',
        source: 'VerifyPayment',
        target: 'NotifyCustomerFailedPayment',
        kind: 'catch',
        label: 'PaymentVerificationFailed',
      },
      {
        id: 'catch:UpdateInventory->HandleInventoryError',
        source: 'UpdateInventory',
        target: 'HandleInventoryError',
        kind: 'catch',
        label: 'InventoryUpdateFailed',
      },
    ]);
  });

  it('nests a Map’s inner states inside the Map', () => {
    const model = buildGraphModel(readSeedDefinition('shipping-label-batch'));
    expect(model.nodes.find((n) => n.id === 'CreateLabels')).toMatchObject({ kind: 'Map', isGroup: true });
    expect(model.nodes.filter((n) => n.parentId === 'CreateLabels').map((n) => n.id)).toEqual([
      'CreateLabels/CreateShippingLabel',
      'CreateLabels/FlagForManualReview',
    ]);
    expect(model.edges.map((e) => e.id)).toContain('catch:CreateLabels/CreateShippingLabel->CreateLabels/FlagForManualReview');
  });

  it('puts every Parallel branch inside the Parallel state', () => {
    const model = buildGraphModel(readSeedDefinition('course-enrollment'));
    expect(model.nodes.filter((n) => n.parentId === 'LookUpDetails').map((n) => n.name)).toEqual([
      'LookUpName',
      'LookUpEmail',
      'LookUpPayment',
    ]);
    expect(model.edges.find((e) => e.id === 'catch:LookUpDetails->InvalidEnrollmentRequest')?.label).toBe('States.ALL');
  });

  it('names what is wrong with a definition it cannot draw', () => {
    expect(() => buildGraphModel('{')).toThrow(/the definition is not JSON/);
    expect(() => buildGraphModel('{"StartAt":"A"}')).toThrow("definition: expected a 'States' object");
    expect(() => buildGraphModel('{"StartAt":"A","States":{"A":{"Type":"Teleport"}}}')).toThrow(
      `definition: state 'A' has unknown Type "Teleport"`,
    );
  });
});
