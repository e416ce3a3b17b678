import { notFound } from 'next/navigation';
import { describe, expect, it } from 'vitest';
import { PageDataSourceError, failPage } from '@/app/_sections/fail-page';
import { readDataSourceDigest } from '@/components/errors/data-source-digest';
import { DataSourceError } from '@/lib/aws/errors';
import type { DataSourceErrorKind } from '@/lib/domain';

// A page's main read failing before anything streams: 404 for a resource that is not there, a 500
// carrying the problem in its digest for any other data-source failure, and anything else rethrown.

/** What Next.js's own notFound() throws, so the test does not depend on its digest's spelling. */
const NOT_FOUND_DIGEST = (() => {
  try {
    notFound();
  } catch (error) {
    return (error as { digest?: unknown }).digest;
  }
})();

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

const failure = (kind: DataSourceErrorKind) =>
  new DataSourceError(kind, `the ${kind} message`, `the ${kind} hint`, { cause: new Error('SDK error with its request') });

describe('failPage', () => {
  it('has a notFound() digest to compare against', () => {
    expect(NOT_FOUND_DIGEST).toEqual(expect.any(String));
  });

  it.each<DataSourceErrorKind>(['not-found', 'invalid-input'])('answers a %s failure with the route’s not-found page (404)', (kind) => {
    const thrown = thrownBy(() => failPage(failure(kind)));
    expect(thrown).not.toBeInstanceOf(PageDataSourceError);
    expect((thrown as { digest?: unknown }).digest).toBe(NOT_FOUND_DIGEST);
  });

  it.each<DataSourceErrorKind>(['no-credentials', 'access-denied', 'throttled', 'unreachable'])(
    'answers a %s failure with a PageDataSourceError whose digest holds the problem (500)',
    (kind) => {
      const thrown = thrownBy(() => failPage(failure(kind)));
      expect(thrown).toBeInstanceOf(PageDataSourceError);
      const error = thrown as PageDataSourceError;
      expect(error.name).toBe('PageDataSourceError');
      expect(error.message).toBe(`${kind}: the ${kind} message`);
      expect(readDataSourceDigest(error.digest)).toEqual({ kind, message: `the ${kind} message`, hint: `the ${kind} hint` });
    },
  );

  it('does not carry the SDK error along as the cause, so Next.js logs only the message', () => {
    const error = thrownBy(() => failPage(failure('unreachable'))) as Error;
    expect(error.cause).toBeUndefined();
    expect('cause' in error).toBe(false);
  });

  it.each<[string, unknown]>([
    ['an Error', new TypeError('cannot read properties of undefined')],
    ['an SDK-shaped error that was never mapped', Object.assign(new Error('no access'), { name: 'AccessDeniedException' })],
    ['an error that only looks like a DataSourceError', { kind: 'not-found', message: 'fake', hint: '', toProblem: () => ({}) }],
    ['a string', 'boom'],
    ['undefined', undefined],
  ])('rethrows %s unchanged: it is a bug, not a data-source problem', (_, value) => {
    expect(thrownBy(() => failPage(value))).toBe(value);
  });
});

describe('PageDataSourceError', () => {
  it('puts kind and message in its message and the whole problem in its digest', () => {
    const problem = {
      kind: 'throttled' as const,
      message: 'Step Functions is throttling requests.',
      hint: 'Wait "a few" seconds; 100% sure.',
    };
    const error = new PageDataSourceError(problem);
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('throttled: Step Functions is throttling requests.');
    expect(readDataSourceDigest(error.digest)).toEqual(problem);
  });
});
