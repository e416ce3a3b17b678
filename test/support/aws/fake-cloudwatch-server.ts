import { createServer, type Server } from 'node:http';

/** A GetMetricData query as it arrives over AWS JSON 1.0. */
export interface WireMetricQuery {
  Id: string;
  MetricStat: {
    Metric: { Namespace: string; MetricName: string; Dimensions: { Name: string; Value: string }[] };
    Period: number;
    Stat: string;
  };
}
export interface WireGetMetricDataInput {
  MetricDataQueries: WireMetricQuery[];
  StartTime: number;
  EndTime: number;
  NextToken?: string;
}

/** An answer: the output (Timestamps as epoch seconds), or an error AWS would send. */
export type FakeCloudWatchAnswer =
  | { output: { MetricDataResults: { Id: string; Timestamps: number[]; Values: number[]; StatusCode: string }[]; NextToken?: string } }
  | { error: string; status?: number; message?: string };

export interface FakeCloudWatchServer {
  url: string;
  /** Every GetMetricData input received, in order. */
  requests: WireGetMetricDataInput[];
  close: () => Promise<void>;
}

/**
 * A CloudWatch endpoint on 127.0.0.1 speaking AWS JSON 1.0 (the protocol @aws-sdk/client-cloudwatch
 * uses), answering GetMetricData from `answer`; for tests and the bench where the emulator's own
 * CloudWatch is not wanted (errors it cannot produce, counts chosen by hand).
 */
export async function startFakeCloudWatchServer(
  answer: (input: WireGetMetricDataInput) => FakeCloudWatchAnswer,
): Promise<FakeCloudWatchServer> {
  const requests: WireGetMetricDataInput[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const target = String(req.headers['x-amz-target'] ?? '');
      const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0', ...headers });
        res.end(JSON.stringify(body));
      };
      if (target !== 'GraniteServiceVersion20100801.GetMetricData') {
        reply(
          400,
          { __type: 'UnknownOperationException', message: `fake CloudWatch: no ${target}` },
          { 'x-amzn-errortype': 'UnknownOperationException' },
        );
        return;
      }
      const input = JSON.parse(Buffer.concat(chunks).toString('utf8')) as WireGetMetricDataInput;
      requests.push(input);
      const result = answer(input);
      if ('error' in result) {
        reply(
          result.status ?? 400,
          { __type: result.error, message: result.message ?? `fake ${result.error}` },
          { 'x-amzn-errortype': result.error },
        );
        return;
      }
      reply(200, result.output);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('no port assigned');
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
