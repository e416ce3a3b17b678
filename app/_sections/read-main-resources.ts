import { cache } from 'react';
import { describeStateMachine, listStateMachines } from '@/lib/aws';

// The reads a page awaits before rendering (so its status is known before streaming starts), made
// once per request: the section that shows the result awaits the same promise.

export const readStateMachine = cache((stateMachineArn: string) => describeStateMachine(stateMachineArn));

export const readStateMachines = cache(() => listStateMachines());
