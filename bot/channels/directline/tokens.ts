/**
 * Direct Line tokens: short-lived HS256 JWTs bound to one conversation and one user.
 * The signing secret is kept in the store, so tokens stay valid across a restart.
 * @packageDocumentation
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a token grants. */
export interface TokenClaims {
  /** Conversation id. */
  readonly conv: string;
  /** User id (`dl_…`). */
  readonly user: string;
  /** Expiry, seconds since the epoch. */
  readonly exp: number;
}

const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64url');

/** Valid tokens remembered, so the stream and each post of a conversation cost one HMAC, not one each. */
const VERIFIED_CACHE = 10_000;

/** Signs and checks tokens with one secret. */
export class TokenSigner {
  /** Tokens found valid, with their claims (bounded: cleared when full; expiry is checked on every use). */
  private readonly verified = new Map<string, TokenClaims>();

  constructor(
    private readonly secret: string,
    private readonly now: () => number = () => Math.floor(Date.now() / 1000),
  ) {}

  /** A new random secret. */
  static newSecret(): string {
    return randomBytes(32).toString('base64url');
  }

  private mac(data: string): string {
    return createHmac('sha256', this.secret).update(data).digest('base64url');
  }

  /** Issues a token for a conversation and user, valid for `ttlSeconds`. */
  sign(conv: string, user: string, ttlSeconds: number): string {
    const head = b64(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const body = b64(JSON.stringify({ conv, user, exp: this.now() + ttlSeconds, iss: 'wegwijs-directline' }));
    return `${head}.${body}.${this.mac(`${head}.${body}`)}`;
  }

  /** The claims of a valid, unexpired token; undefined for anything else (forged, expired, malformed). */
  verify(token: string | undefined): TokenClaims | undefined {
    if (!token || token.length > 2048) return undefined;
    const known = this.verified.get(token);
    if (known) return known.exp > this.now() ? known : undefined;
    const parts = token.split('.');
    if (parts.length !== 3) return undefined;
    const [head, body, sig] = parts as [string, string, string];
    const want = Buffer.from(this.mac(`${head}.${body}`));
    const got = Buffer.from(sig);
    if (want.length !== got.length || !timingSafeEqual(want, got)) return undefined;
    try {
      const c = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<TokenClaims>;
      if (typeof c.conv !== 'string' || typeof c.user !== 'string' || typeof c.exp !== 'number') return undefined;
      if (c.exp <= this.now()) return undefined;
      const claims: TokenClaims = Object.freeze({ conv: c.conv, user: c.user, exp: c.exp });
      if (this.verified.size >= VERIFIED_CACHE) this.verified.clear();
      this.verified.set(token, claims);
      return claims;
    } catch {
      return undefined;
    }
  }
}

/** The bearer token of an Authorization header. */
export function bearer(header: string | string[] | undefined): string | undefined {
  const h = Array.isArray(header) ? header[0] : header;
  const m = h ? /^Bearer\s+(\S+)$/i.exec(h) : null;
  return m?.[1];
}
