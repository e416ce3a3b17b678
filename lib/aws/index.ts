// The app's only entry into the adapter: `server-only` keeps it (and credentials) out of any client
// bundle. The CLI and tests import the modules directly, as `server-only` throws outside React's server.
import 'server-only';

export { describeDataSource } from './describe-data-source';
export { filterLambdaLogs } from './filter-lambda-logs';
export { describeExecution } from './describe-execution';
export { describeStateMachine } from './describe-state-machine';
export { describeStateMachineForExecution } from './describe-state-machine-for-execution';
export { DataSourceError, isDataSourceError, toDataSourceError } from './errors';
export { isExpressExecutionArn } from './express-arns';
export { getExecutionHistory, getExecutionHistoryPage } from './get-execution-history';
export { getExecutionLogCoverage, getStateMachineLogCoverage, type ExpressLogCoverage } from './get-express-log-coverage';
export { listExecutions, type ListExecutionsInput } from './list-executions';
export { listExecutionsSince, type ExecutionsSince } from './list-executions-since';
export { listMatchingExecutions, type ListMatchingExecutionsInput } from './list-matching-executions';
export { listStateMachines } from './list-state-machines';
export type * from '../domain';
export { DATA_SOURCE_ERROR_KINDS, EXECUTION_STATUSES, STATE_MACHINE_TYPES } from '../domain';
export { describeMapRun, listMapRuns, listMapRunExecutions } from './map-runs';
