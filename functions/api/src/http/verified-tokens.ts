import { createHash } from "node:crypto";
import type { Caller } from "./caller";

/**
 * Tokens whose signature this process has verified, so the next request with the same token does
 * not verify it again: an ES256 signature costs ~0.4 ms of CPU, most of what a read adds to its
 * DynamoDB call (`pnpm bench`). Bounded: at most `maxEntries` tokens, least recently used first
 * out, each kept at most `maxAgeSeconds` and never past its own `exp`, so a token that expires or
 * a key that is rotated away is checked again within minutes. Keyed by the token's SHA-256: the
 * same bytes carry the same signature, and no token is kept in memory.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, { caller: Caller; until: number }>();

  constructor(
    private readonly maxEntries = 1_000,
    private readonly maxAgeSeconds = 300,
  ) {}

  /** The caller `token` proved, if it was verified here and may still be trusted at `nowSeconds`. */
  get(token: string, nowSeconds: number): Caller | undefined {
    const key = keyOf(token);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (nowSeconds >= entry.until) return undefined;
    this.entries.set(key, entry); // most recently used last
    return entry.caller;
  }

  /** Remembers a verified token's caller until its `exp` (seconds), at most `maxAgeSeconds`. */
  set(token: string, caller: Caller, exp: number, nowSeconds: number): void {
    const key = keyOf(token);
    this.entries.delete(key);
    this.entries.set(key, { caller, until: Math.min(exp, nowSeconds + this.maxAgeSeconds) });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

const keyOf = (token: string) => createHash("sha256").update(token).digest("base64url");
