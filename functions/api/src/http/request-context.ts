import type { EventActor } from "@samverkan/core";
import type { Context } from "hono";
import type { AppEnv } from "./caller";
import { type Problem, problemOf } from "./problem";

// RFC 9110 entity-tag: optional weak prefix, then a quoted string of etagc characters.
const ENTITY_TAG = /^(?:W\/)?"([\x21\x23-\x7e\x80-\xff]*)"$/;

/**
 * The entity tag in an `If-Match` header, unquoted (`"3"` → `3`); undefined for none or `*`. A
 * well-formed tag that is not a version the server issued is kept: it will not match (412). A
 * bare number is accepted for clients that drop the quotes. Anything else is malformed (400).
 */
export function parseIfMatch(header: string | undefined): string | undefined | "invalid" {
  if (header === undefined || header.trim() === "*") return undefined;
  const value = header.trim();
  if (/^\d{1,9}$/.test(value)) return value;
  const match = ENTITY_TAG.exec(value);
  return match ? (match[1] as string) : "invalid";
}

/** What every command carries from its request: who, which request, If-Match and idempotency. */
export interface CommandContext {
  readonly actor: EventActor;
  readonly requestId: string;
  readonly ifMatch?: string;
  readonly idempotency?: { readonly keyHash: string; readonly requestHash: string };
}

/** The command context of a request, or the problem with its headers. */
export function commandContext(c: Context<AppEnv>): CommandContext | { problem: Problem } {
  const ifMatch = parseIfMatch(c.req.header("if-match"));
  if (ifMatch === "invalid")
    return {
      problem: problemOf(400, "invalid-if-match", 'If-Match must be an entity tag such as "3"'),
    };
  const caller = c.get("caller");
  const idempotency = c.get("idempotency");
  return {
    // The trail refers to the person by organisation and subject; their name is kept once, in
    // the people directory, and views look it up (issue #17, "names, not ids"; D-34).
    actor: { sub: caller.sub, orgNumber: caller.orgNumber },
    requestId: c.get("requestId"),
    ...(ifMatch !== undefined ? { ifMatch } : {}),
    ...(idempotency ? { idempotency } : {}),
  };
}

/** The ETag of a version. */
export const etag = (version: number) => `"${version}"`;
