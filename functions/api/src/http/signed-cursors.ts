import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./caller";
import { problemOf, sendProblem } from "./problem";

/**
 * List cursors are bound to what issued them (D-37). Every `nextCursor` a list answers with is
 * signed with an HMAC over the cursor, the list's path, its other query parameters (an `asOf`, …;
 * not `limit`, which a client may change between pages) and the caller's organisation; a cursor
 * that comes back is checked and unwrapped before the route sees it. A well-formed cursor that was
 * never issued, one of another list, another `asOf` or another organisation is 400
 * `invalid-cursor` — in one place, for every list, whatever the list's own cursor holds.
 */
const MAC_BYTES = 16;
const SEPARATOR = ".";

/** The key as bytes: configured (the `CursorKey` secret, `pnpm dev`'s file), or random per app. */
export const cursorKeyOf = (configured: string | undefined): Buffer =>
  configured ? Buffer.from(configured, "utf8") : randomBytes(32);

function binding(c: Parameters<MiddlewareHandler<AppEnv>>[0]): string {
  const url = new URL(c.req.url);
  const params = [...url.searchParams.entries()]
    .filter(([name]) => name !== "cursor" && name !== "limit")
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([url.pathname, params, c.get("caller")?.orgNumber ?? ""]);
}

const macOf = (key: Buffer, bound: string, inner: string) =>
  createHmac("sha256", key)
    .update(bound)
    .update("\n")
    .update(inner)
    .digest()
    .subarray(0, MAC_BYTES);

/** The cursor as clients see it: the list's own cursor and its MAC. */
export const signCursor = (key: Buffer, bound: string, inner: string) =>
  `${inner}${SEPARATOR}${macOf(key, bound, inner).toString("base64url")}`;

/** The list's own cursor, or undefined when the MAC is not this server's for this list. */
export function openCursor(key: Buffer, bound: string, cursor: string): string | undefined {
  const at = cursor.lastIndexOf(SEPARATOR);
  if (at <= 0) return undefined;
  const inner = cursor.slice(0, at);
  const given = Buffer.from(cursor.slice(at + 1), "base64url");
  const expected = macOf(key, bound, inner);
  return given.length === expected.length && timingSafeEqual(given, expected) ? inner : undefined;
}

const invalidCursor = () =>
  problemOf(400, "invalid-cursor", "Not a cursor this server issued for this list");

/**
 * The middleware: checks cursors that come in, and gives the request the signer its list's
 * `nextCursor` goes out with (GET only).
 */
export function signedCursors(key: Buffer): MiddlewareHandler<AppEnv> {
  return async function signCursors(c, next) {
    if (c.req.method !== "GET") return next();
    // Worked out only when a cursor comes in or a list goes out: a single resource skips it.
    let bound: string | undefined;
    const boundOf = () => {
      bound ??= binding(c);
      return bound;
    };
    const cursors = c.req.queries("cursor") ?? [];
    if (cursors.length > 1) return sendProblem(c, invalidCursor());
    const cursor = cursors[0];
    if (cursor !== undefined) {
      const url = new URL(c.req.url);
      const inner = openCursor(key, boundOf(), cursor);
      if (inner === undefined) return sendProblem(c, invalidCursor());
      // The route reads the list's own cursor, as it issued it.
      url.searchParams.set("cursor", inner);
      c.req.raw = new Request(url, c.req.raw);
    }
    // The list signs its own `nextCursor` as it is sent (`sendStored`): no response body is
    // read again here, so a read of a single resource pays nothing for lists.
    c.set("signCursor", (inner: string) => signCursor(key, boundOf(), inner));
    await next();
  };
}
