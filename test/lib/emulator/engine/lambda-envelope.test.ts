import { describe, expect, it } from 'vitest';
import { compactCause, lambdaInvokeEnvelope } from '@/lib/emulator/engine/lambda-envelope';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface Envelope {
  LogResult?: string;
  Payload: unknown;
  SdkHttpMetadata: { AllHttpHeaders: Record<string, string[]>; HttpHeaders: Record<string, string>; HttpStatusCode: number };
  SdkResponseMetadata: { RequestId: string };
}

function envelope(payload: unknown, text: string, tail?: boolean): Envelope {
  return lambdaInvokeEnvelope(payload as never, text, tail) as unknown as Envelope;
}

describe('lambdaInvokeEnvelope', () => {
  it('wraps the payload in AWS’s response shape, keys in AWS’s order', () => {
    const result = lambdaInvokeEnvelope({ ok: true }, '{"ok":true}');
    expect(Object.keys(result)).toEqual(['ExecutedVersion', 'Payload', 'SdkHttpMetadata', 'SdkResponseMetadata', 'StatusCode']);
    expect(result).toMatchObject({ ExecutedVersion: '$LATEST', Payload: { ok: true }, StatusCode: 200 });
    const http = envelope({ ok: true }, '{"ok":true}').SdkHttpMetadata;
    expect(Object.keys(http)).toEqual(['AllHttpHeaders', 'HttpHeaders', 'HttpStatusCode']);
    expect(http.HttpStatusCode).toBe(200);
    expect(Object.keys(http.AllHttpHeaders)).toEqual([
      'X-Amz-Executed-Version',
      'x-amzn-Remapped-Content-Length',
      'Connection',
      'x-amzn-RequestId',
      'Content-Length',
      'Date',
      'X-Amzn-Trace-Id',
      'Content-Type',
    ]);
    expect(Object.keys(http.HttpHeaders)).toEqual([
      'Connection',
      'Content-Length',
      'Content-Type',
      'Date',
      'X-Amz-Executed-Version',
      'x-amzn-Remapped-Content-Length',
      'x-amzn-RequestId',
      'X-Amzn-Trace-Id',
    ]);
  });

  it('uses one request id throughout, and a fresh one per call', () => {
    const first = envelope(null, 'null');
    const id = first.SdkResponseMetadata.RequestId;
    expect(id).toMatch(UUID);
    expect(first.SdkHttpMetadata.AllHttpHeaders['x-amzn-RequestId']).toEqual([id]);
    expect(first.SdkHttpMetadata.HttpHeaders['x-amzn-RequestId']).toBe(id);
    expect(envelope(null, 'null').SdkResponseMetadata.RequestId).not.toBe(id);
  });

  it('gives the payload text’s length in UTF-8 bytes as Content-Length', () => {
    const { AllHttpHeaders, HttpHeaders } = envelope('é🆗', '"é🆗"').SdkHttpMetadata;
    expect(HttpHeaders['Content-Length']).toBe('8');
    expect(AllHttpHeaders['Content-Length']).toEqual(['8']);
  });

  it('writes a current HTTP date and an X-Ray trace id', () => {
    const before = Math.floor(Date.now() / 1000);
    const { HttpHeaders, AllHttpHeaders } = envelope(1, '1').SdkHttpMetadata;
    const after = Math.floor(Date.now() / 1000);
    expect(HttpHeaders.Date).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(AllHttpHeaders.Date).toEqual([HttpHeaders.Date]);
    const trace = /^Root=1-([0-9a-f]{8})-[0-9a-f]{24};Sampled=0$/.exec(HttpHeaders['X-Amzn-Trace-Id'] ?? '');
    expect(trace).not.toBeNull();
    const seconds = parseInt(trace?.[1] ?? '', 16);
    expect(seconds).toBeGreaterThanOrEqual(before);
    expect(seconds).toBeLessThanOrEqual(after);
  });

  it('has no log tail unless asked', () => {
    const result = envelope(1, '1', false);
    expect(result).not.toHaveProperty('LogResult');
    expect(result.SdkHttpMetadata.AllHttpHeaders).not.toHaveProperty('X-Amz-Log-Result');
    expect(result.SdkHttpMetadata.HttpHeaders).not.toHaveProperty('X-Amz-Log-Result');
  });

  it('adds a base64 log tail naming the request when asked (LogType: Tail)', () => {
    const result = envelope(1, '1', true);
    const id = result.SdkResponseMetadata.RequestId;
    expect(Object.keys(result)).toEqual([
      'ExecutedVersion',
      'LogResult',
      'Payload',
      'SdkHttpMetadata',
      'SdkResponseMetadata',
      'StatusCode',
    ]);
    expect(Buffer.from(result.LogResult ?? '', 'base64').toString('utf8')).toBe(
      `START RequestId: ${id} Version: $LATEST\nEND RequestId: ${id}\nREPORT RequestId: ${id}\n`,
    );
    expect(Object.keys(result.SdkHttpMetadata.AllHttpHeaders)[0]).toBe('X-Amz-Log-Result');
    expect(result.SdkHttpMetadata.AllHttpHeaders['X-Amz-Log-Result']).toEqual([result.LogResult]);
    expect(result.SdkHttpMetadata.HttpHeaders['X-Amz-Log-Result']).toBe(result.LogResult);
  });
});

describe('compactCause', () => {
  it.each([
    ['{ "errorMessage" : "no",\n  "errorType": "E" }', '{"errorMessage":"no","errorType":"E"}'],
    ['{"already":"compact"}', '{"already":"compact"}'],
    ['{not json', '{not json'],
    ['plain text cause', 'plain text cause'],
    ['[1, 2]', '[1, 2]'],
    [' { "leading": "space" }', ' { "leading": "space" }'],
    ['', ''],
  ])('%j -> %j', (cause, expected) => {
    expect(compactCause(cause)).toBe(expected);
  });
});
