/** The sentences a confirmation dialog asks, naming the execution and what will happen. */

export function describeStopConfirmation(executionName: string): string {
  return `Stop ${executionName}? It will end ABORTED; running tasks are not interrupted.`;
}

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/**
 * Redrive reruns the states that did not succeed, with the input they had; the succeeded ones are not
 * run again (https://docs.aws.amazon.com/step-functions/latest/dg/redrive-executions.html).
 */
export function describeRedriveConfirmation(executionName: string, failedStates: readonly string[], redriveCount: number): string {
  const rerun =
    failedStates.length > 0 ? `reruns ${listNames(failedStates)} with the input it had` : 'reruns the states that did not succeed';
  return `Redrive ${executionName}? It ${rerun}; states that succeeded are not run again. Its redrive count becomes ${redriveCount + 1}.`;
}

export function describeStartConfirmation(stateMachineName: string, sameInput: boolean): string {
  return `Start a new execution of ${stateMachineName} with ${sameInput ? 'the same input' : 'this input'}? It runs for real: its tasks are invoked.`;
}

/** A state machine's name from its ARN (`…:stateMachine:NAME`, or `:NAME:VERSION` for a version or alias). */
export function stateMachineNameOf(stateMachineArn: string): string {
  return stateMachineArn.split(':')[6] ?? stateMachineArn;
}
