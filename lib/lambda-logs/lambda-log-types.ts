/** Which Lambda invocation's logs to read: by request id when one is known, always within a time window. */
export interface LambdaLogQuery {
  functionName: string;
  logGroupName: string;
  /** The function's region when its ARN names one; otherwise the data source's. */
  region?: string;
  requestId?: string;
  startMs: number;
  endMs: number;
}

export interface LambdaLogLine {
  timestampMs: number;
  message: string;
}

/** What the inspector shows under Logs: the lines, or why there are none, plus a console link on real AWS. */
export type LambdaLogsResult =
  | { kind: 'lines'; lines: LambdaLogLine[]; truncated: boolean; query?: LambdaLogQuery; consoleUrl?: string }
  | { kind: 'unavailable'; message: string; hint?: string; query?: LambdaLogQuery; consoleUrl?: string };
