import { createHmac, timingSafeEqual } from 'node:crypto';
import { ApiError } from './api-error';

const INVALID = () => new ApiError('InvalidToken', "Invalid Token: 'The pagination token is invalid or does not belong to this request'");

/**
 * Opaque pagination tokens: a position plus the request scope it belongs to, signed so that a token
 * edited by hand, or reused with another execution, state machine, filter or order, is refused with
 * InvalidToken (AWS: keep the arguments unchanged between pages).
 */
export class PageTokenCodec {
  constructor(private readonly secret: Buffer) {}

  encode(scope: string, position: number): string {
    const payload = Buffer.from(JSON.stringify({ s: scope, p: position })).toString('base64url');
    return `${payload}.${this.sign(payload)}`;
  }

  /** The position stored in `token`; throws InvalidToken unless it was issued for this `scope`. */
  decode(token: string, scope: string): number {
    const [payload, signature, ...rest] = token.split('.');
    if (!payload || !signature || rest.length > 0) throw INVALID();
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw INVALID();
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      throw INVALID();
    }
    const { s, p } = (decoded ?? {}) as { s?: unknown; p?: unknown };
    if (s !== scope || typeof p !== 'number' || !Number.isInteger(p)) throw INVALID();
    return p;
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url').slice(0, 22);
  }
}
