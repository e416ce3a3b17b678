import type { DefinitionValidation, ExecutionOutcome, RunExecutionOptions } from '../engine/types';

/** The two engine functions the server needs; start-emulator wires in the real ones. */
export interface EmulatorEngine {
  runExecution(options: RunExecutionOptions): Promise<ExecutionOutcome>;
  validateDefinition(definition: string): DefinitionValidation;
}
