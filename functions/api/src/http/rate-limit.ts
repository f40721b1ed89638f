import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./caller";
import { problemOf, sendProblem } from "./problem";

const WINDOW_MS = 60_000;
/** How many organisations' windows one instance remembers; the oldest is forgotten first. */
const MAX_TRACKED = 10_000;

/**
 * Writes per organisation per minute (a fixed window per API instance): one organisation's burst
 * waits its turn with 429 and Retry-After instead of queueing everyone else's writes behind it.
 * Reads are not limited here; API Gateway's stage throttling covers all requests (same numbers,
 * `REQUEST_LIMITS`).
 */
export function writeRateLimit(
  writesPerMinute: number,
  now = () => Date.now(),
): MiddlewareHandler<AppEnv> {
  const windows = new Map<string, { start: number; count: number }>();
  return async function limitWrites(c, next) {
    if (c.req.method === "GET" || c.req.method === "HEAD" || c.req.method === "OPTIONS")
      return next();
    const org = c.get("caller").orgNumber;
    const at = now();
    let window = windows.get(org);
    if (!window || at - window.start >= WINDOW_MS) {
      windows.delete(org);
      if (windows.size >= MAX_TRACKED) windows.delete(windows.keys().next().value as string);
      window = { start: at, count: 0 };
      windows.set(org, window);
    }
    if (window.count >= writesPerMinute) {
      const retryAfter = Math.max(1, Math.ceil((window.start + WINDOW_MS - at) / 1000));
      return sendProblem(
        c,
        problemOf(
          429,
          "too-many-writes",
          `At most ${writesPerMinute} writes a minute per organisation; retry in ${retryAfter} s`,
        ),
        { "retry-after": String(retryAfter) },
      );
    }
    window.count++;
    return next();
  };
}
