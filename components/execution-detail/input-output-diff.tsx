import { memo } from 'react';
import { formatJson } from '@/lib/format/format-json';
import { SideBySideDiff } from './side-by-side-diff';

/**
 * The Diff tab: a visit's input against its output, both indented. A component of its own so the
 * indenting runs only when the tab is shown: built with the inspector's other panels, it parsed and
 * re-indented both payloads on every render of the inspector, whichever tab was open (about 12 ms
 * per render for a 3,400-item Map's input and output, measured in the page bench's profile). Memoised
 * for the same reason while the tab is open: the inspector re-renders when the whole view comes in.
 */
export const InputOutputDiff = memo(function InputOutputDiff({ input, output }: { input: string; output: string }) {
  return <SideBySideDiff left={formatJson(input)} right={formatJson(output)} />;
});
