import { ExecutionQueryError } from '../execution-query-error';

const MAX_TERMS = 32;
/** What unicode61 makes tokens of; a term with none of these (`*`, `-`, `"`) finds nothing, so it is dropped. */
const TOKEN_CHAR = /[\p{L}\p{N}]/u;

interface Term {
  text: string;
  prefix: boolean;
}

/** Words and "quoted phrases"; a quote inside a word is part of it; an unclosed quote runs to the end. */
function readTerms(text: string): Term[] {
  const terms: Term[] = [];
  const input = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  let at = 0;
  while (at < input.length) {
    if (/\s/.test(input.charAt(at))) {
      at++;
    } else if (input[at] === '"') {
      const close = input.indexOf('"', at + 1);
      const end = close < 0 ? input.length : close;
      const prefix = close >= 0 && input[close + 1] === '*';
      terms.push({ text: input.slice(at + 1, end), prefix });
      at = end + 1 + (prefix ? 1 : 0);
    } else {
      let end = at;
      while (end < input.length && !/\s/.test(input.charAt(end))) end++;
      const word = input.slice(at, end);
      const bare = word.replace(/\*+$/, '');
      terms.push({ text: bare, prefix: bare.length < word.length });
      at = end;
    }
  }
  return terms.filter((term) => TOKEN_CHAR.test(term.text));
}

/**
 * The FTS5 MATCH expression for what a person typed: every word and "quoted phrase" must match (AND),
 * a trailing `*` asks for a prefix. Each term goes to FTS5 as a quoted string, so no user text is ever
 * read as FTS5 syntax (`NEAR(`, `OR`, `-`, `:`, `^`, `*` are searched for, or dropped when they hold
 * no letter or digit); `ORD-20483` is the phrase ord 20483. Undefined when nothing is left to look
 * for, which searches without a text condition.
 */
export function toFts5Query(text: string): string | undefined {
  const terms = readTerms(text);
  if (terms.length > MAX_TERMS)
    throw new ExecutionQueryError(`The search text has ${terms.length} words and phrases; at most ${MAX_TERMS} are looked for at once.`);
  if (terms.length === 0) return undefined;
  return terms.map((term) => `"${term.text.replace(/"/g, '""')}"${term.prefix ? ' *' : ''}`).join(' ');
}
