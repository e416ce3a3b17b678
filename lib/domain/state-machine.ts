/** State machines as every layer sees them. Types and constants only. */

export const STATE_MACHINE_TYPES = ['STANDARD', 'EXPRESS'] as const;
export type StateMachineType = (typeof STATE_MACHINE_TYPES)[number];

export interface StateMachineSummary {
  arn: string;
  name: string;
  type: StateMachineType;
  createdAt: Date;
}

export interface StateMachineDetail extends StateMachineSummary {
  status?: string;
  /** The Amazon States Language definition, as the JSON string AWS stores. */
  definition: string;
  roleArn: string;
  description?: string;
  revisionId?: string;
  /** `OFF | ALL | ERROR | FATAL` when logging is configured. */
  loggingLevel?: string;
  includeExecutionDataInLogs?: boolean;
}

/** The definition an execution actually ran (DescribeStateMachineForExecution). */
export interface StateMachineForExecution {
  arn: string;
  name: string;
  definition: string;
  roleArn: string;
  updatedAt: Date;
  revisionId?: string;
  /** Set only for Distributed Map child executions. */
  mapRunArn?: string;
  label?: string;
}
