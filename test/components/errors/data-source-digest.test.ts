import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { readDataSourceDigest, toDataSourceDigest } from '@/components/errors/data-source-digest';
import { UnexpectedError } from '@/components/errors/unexpected-error';
import { toDataSourceError } from '@/lib/aws/errors';

// A page whose main read fails throws with the problem in the digest (all Next.js passes to
// error.tsx); error.tsx must show the same panel a section would, not the "bug" message.
describe('the data-source problem in an error digest', () => {
  const problem = toDataSourceError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), {
    endpoint: 'http://127.0.0.1:9',
  })!.toProblem();

  it('survives the round trip, quotes and line breaks included', () => {
    const tricky = { ...problem, message: `${problem.message} "quoted" \n 100% : ; %ZZ` };
    expect(readDataSourceDigest(toDataSourceDigest(tricky))).toEqual(tricky);
  });

  it('is not read from any other digest or value', () => {
    for (const digest of [
      undefined,
      42,
      '',
      '2315863124',
      'NEXT_HTTP_ERROR_FALLBACK;404',
      'statescope-data-source:%ZZ',
      'statescope-data-source:%7B%7D',
    ]) {
      expect(readDataSourceDigest(digest)).toBeUndefined();
    }
    const unknownKind = toDataSourceDigest(problem).replace('unreachable', 'exploded');
    expect(readDataSourceDigest(unknownKind)).toBeUndefined();
  });

  it('makes error.tsx show the panel with message and hint, and the bug text only for other errors', () => {
    const retry = () => undefined;
    const dataSource = renderToStaticMarkup(
      createElement(UnexpectedError, {
        error: Object.assign(new Error('hidden'), { digest: toDataSourceDigest(problem) }),
        retry,
        what: 'this page',
      }),
    );
    expect(dataSource).toContain('data-kind="unreachable"');
    expect(dataSource).toContain('Could not reach Step Functions at http://127.0.0.1:9 (ECONNREFUSED).');
    expect(dataSource).toContain(problem.hint);
    expect(dataSource).not.toContain('This is a bug in Statescope');
    const bug = renderToStaticMarkup(
      createElement(UnexpectedError, { error: Object.assign(new Error('hidden'), { digest: '2315863124' }), retry, what: 'this page' }),
    );
    expect(bug).toContain('This is a bug in Statescope');
    expect(bug).toContain('2315863124');
  });
});
