/** A piece of a snippet: plain text, or a matched term the index put between « ». */
export interface SnippetPart {
  text: string;
  marked: boolean;
}

/**
 * Splits the index's snippet at its « » marks, so the page renders matches as <mark> around text
 * nodes and never as HTML. An unclosed « marks to the end; a stray » is kept as text.
 */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const push = (text: string, marked: boolean) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  };
  let rest = snippet;
  while (rest) {
    const open = rest.indexOf('«');
    if (open < 0) {
      push(rest, false);
      break;
    }
    push(rest.slice(0, open), false);
    const close = rest.indexOf('»', open + 1);
    push(rest.slice(open + 1, close < 0 ? undefined : close), true);
    rest = close < 0 ? '' : rest.slice(close + 1);
  }
  return parts;
}
