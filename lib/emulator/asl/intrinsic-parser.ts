import { StatesError } from './states-error';

/** One argument or call of an intrinsic expression. String literals keep their raw text, since
 *  States.Format must tell an escaped `\{` from a placeholder brace. */
export type IntrinsicNode =
  | { kind: 'call'; name: string; args: IntrinsicNode[] }
  | { kind: 'string'; value: string; raw: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  | { kind: 'path'; path: string };

const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/;
const FUNCTION_NAME = /^States\.([A-Za-z0-9]+)\s*\(/;

/** Parses `States.Name(arg, ...)`; throws States.IntrinsicFailure on malformed text (AWS rejects it when the
 *  state machine is created, so it only reaches here from an unvalidated definition). */
export function parseIntrinsic(expression: string): IntrinsicNode {
  const parser = new Parser(expression);
  const node = parser.parseCall();
  parser.skipSpace();
  if (!parser.atEnd()) throw parser.fail('unexpected text after the closing parenthesis');
  return node;
}

class Parser {
  private pos = 0;

  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  skipSpace(): void {
    while (!this.atEnd() && /\s/.test(this.text.charAt(this.pos))) this.pos++;
  }

  fail(reason: string): StatesError {
    return new StatesError('States.IntrinsicFailure', `Invalid intrinsic function call '${this.text}': ${reason}`);
  }

  parseCall(): IntrinsicNode {
    this.skipSpace();
    const match = FUNCTION_NAME.exec(this.text.slice(this.pos));
    const name = match?.[1];
    if (!match || name === undefined) throw this.fail('expected States.<Function>(');
    this.pos += match[0].length;
    const args: IntrinsicNode[] = [];
    this.skipSpace();
    if (this.text[this.pos] === ')') {
      this.pos++;
      return { kind: 'call', name, args };
    }
    for (;;) {
      args.push(this.parseArgument());
      this.skipSpace();
      const c = this.text[this.pos];
      this.pos++;
      if (c === ')') return { kind: 'call', name, args };
      if (c !== ',') throw this.fail("expected ',' or ')'");
    }
  }

  private parseArgument(): IntrinsicNode {
    this.skipSpace();
    const rest = this.text.slice(this.pos);
    if (rest.startsWith('States.')) return this.parseCall();
    if (rest.startsWith("'")) return this.parseString();
    if (rest.startsWith('$')) return { kind: 'path', path: this.readPath() };
    const number = NUMBER.exec(rest);
    if (number) {
      this.pos += number[0].length;
      return { kind: 'number', value: Number(number[0]) };
    }
    for (const [word, node] of [
      ['true', { kind: 'boolean', value: true }],
      ['false', { kind: 'boolean', value: false }],
      ['null', { kind: 'null' }],
    ] as const) {
      if (rest.startsWith(word) && !/[A-Za-z0-9_]/.test(rest[word.length] ?? '')) {
        this.pos += word.length;
        return node;
      }
    }
    throw this.fail(`unexpected argument at position ${this.pos}`);
  }

  /** `'...'` where a backslash escapes the next character (`\'`, `\{`, `\}`, `\\`). */
  private parseString(): IntrinsicNode {
    const start = ++this.pos;
    let value = '';
    while (!this.atEnd()) {
      const c = this.text[this.pos];
      if (c === '\\' && this.pos + 1 < this.text.length) {
        value += this.text[this.pos + 1];
        this.pos += 2;
      } else if (c === "'") {
        const raw = this.text.slice(start, this.pos);
        this.pos++;
        return { kind: 'string', value, raw };
      } else {
        value += c;
        this.pos++;
      }
    }
    throw this.fail('unterminated string literal');
  }

  /** A path runs to the next `,` or `)` outside brackets, parentheses and quotes (filters may hold both). */
  private readPath(): string {
    const start = this.pos;
    let depth = 0;
    let quote: string | null = null;
    while (!this.atEnd()) {
      const c = this.text[this.pos];
      if (quote) {
        if (c === '\\') this.pos++;
        else if (c === quote) quote = null;
      } else if (c === "'" || c === '"') {
        quote = c;
      } else if (c === '[' || c === '(') {
        depth++;
      } else if (c === ']' || (c === ')' && depth > 0)) {
        depth--;
      } else if ((c === ',' || c === ')') && depth === 0) {
        break;
      }
      this.pos++;
    }
    return this.text.slice(start, this.pos).trim();
  }
}
