import type { MiddlewareHandler } from "hono";

/**
 * Authenticated responses are the caller's alone: no shared cache may keep them, and a cache that
 * keys by URL must also key by the token. A route that sets its own `Cache-Control` keeps it (the
 * calendar feed: `private, max-age=300`).
 */
export function privateResponses(): MiddlewareHandler {
  return async function noStore(c, next) {
    await next();
    if (!c.res.headers.has("cache-control")) c.res.headers.set("cache-control", "no-store");
    c.res.headers.append("vary", "Authorization");
  };
}
