import { describe, expect, it } from 'vitest';
import { buildLogEventsConsoleUrl } from '@/lib/lambda-logs/build-log-events-console-url';

const WINDOW = { startMs: 1_700_000_000_000, endMs: 1_700_000_060_000 };

describe('buildLogEventsConsoleUrl', () => {
  it("links to the group's log events filtered by the quoted request id within the window, in the console's $-escaping", () => {
    const url = buildLogEventsConsoleUrl(
      { functionName: 'F', logGroupName: '/aws/lambda/F', requestId: '0f1e2d3c-aaaa-bbbb-cccc-655443322110', ...WINDOW },
      'eu-west-1',
    );
    expect(url).toBe(
      'https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#logsV2:log-groups/log-group/$252Faws$252Flambda$252FF/log-events' +
        '$3FfilterPattern$3D$25220f1e2d3c-aaaa-bbbb-cccc-655443322110$2522$26start$3D1700000000000$26end$3D1700000060000',
    );
  });

  it("filters by the window alone without a request id, in the function's own region and partition", () => {
    const url = buildLogEventsConsoleUrl(
      { functionName: 'F', logGroupName: '/aws/lambda/F', region: 'cn-north-1', ...WINDOW },
      'us-east-1',
    );
    expect(url).toBe(
      'https://cn-north-1.console.amazonaws.cn/cloudwatch/home?region=cn-north-1#logsV2:log-groups/log-group/$252Faws$252Flambda$252FF/log-events' +
        '$3Fstart$3D1700000000000$26end$3D1700000060000',
    );
  });
});
