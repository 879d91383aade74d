/**
 * Personal data at rest: AES-256-GCM with the `DATA_KEY` from the environment. Every value gets
 * a fresh 12-byte nonce; the authentication tag makes a changed or foreign value fail to open.
 * @packageDocumentation
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** An encrypted value as stored: version, nonce, tag and ciphertext (base64url). */
export interface Sealed {
  readonly v: 1;
  readonly iv: string;
  readonly tag: string;
  readonly ct: string;
}

/**
 * Reads a 32-byte key written as 64 hex digits or base64 (url-safe or not).
 * @returns the key, or undefined when it is missing or not exactly 32 bytes
 */
export function parseDataKey(text: string): Buffer | undefined {
  const t = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(t)) return Buffer.from(t, 'hex');
  if (!/^[A-Za-z0-9+/_-]{43}=?$/.test(t)) return undefined;
  const key = Buffer.from(t.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  return key.length === 32 ? key : undefined;
}

/** Encrypts and decrypts JSON values with one key. `aad` binds a value to its place (its store key). */
export class Sealer {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('DATA_KEY must be 32 bytes');
  }

  /** Encrypts a JSON value. */
  seal(value: unknown, aad: string): Sealed {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const ct = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    return { v: 1, iv: iv.toString('base64url'), tag: cipher.getAuthTag().toString('base64url'), ct: ct.toString('base64url') };
  }

  /** Decrypts a value sealed for the same `aad`; undefined when it does not open (other key, changed). */
  open<T>(sealed: Sealed, aad: string): T | undefined {
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(sealed.iv, 'base64url'));
      decipher.setAAD(Buffer.from(aad, 'utf8'));
      decipher.setAuthTag(Buffer.from(sealed.tag, 'base64url'));
      const text = Buffer.concat([decipher.update(Buffer.from(sealed.ct, 'base64url')), decipher.final()]).toString('utf8');
      return JSON.parse(text) as T;
    } catch {
      return undefined;
    }
  }
}
