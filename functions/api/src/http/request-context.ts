import type { Context } from "hono";
import type { RequestContext } from "../commands/execute";
import type { AppEnv } from "./caller";
import { problemOf } from "./problem";

/** The version in an `If-Match` header (`"3"`, `W/"3"` or `3`); `*` or none means any. */
export function parseIfMatch(header: string | undefined): number | undefined | "invalid" {
  if (header === undefined || header.trim() === "*") return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
  return match ? Number(match[1]) : "invalid";
}

/** The caller, request id, If-Match and idempotency of a request, for a command. */
export function requestContext(
  c: Context<AppEnv>,
): RequestContext | { problem: ReturnType<typeof problemOf> } {
  const ifMatch = parseIfMatch(c.req.header("if-match"));
  if (ifMatch === "invalid")
    return { problem: problemOf(400, "invalid-if-match", 'If-Match must be an ETag such as "3"') };
  const idempotency = c.get("idempotency");
  return {
    caller: c.get("caller"),
    requestId: c.get("requestId"),
    ...(ifMatch !== undefined ? { ifMatch } : {}),
    ...(idempotency ? { idempotency } : {}),
  };
}

/** The ETag of a version. */
export const etag = (version: number) => `"${version}"`;
