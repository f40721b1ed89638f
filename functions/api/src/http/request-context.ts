import type { EventActor, IfMatch } from "@samverkan/core";
import type { Context } from "hono";
import type { AppEnv } from "./caller";
import { type Problem, problemOf } from "./problem";

// RFC 9110 entity-tag: optional weak prefix, then a quoted string of etagc characters.
const ENTITY_TAG = /^(?:W\/)?"([\x21\x23-\x7e\x80-\xff]*)"$/;
/** More tags than any client needs: a longer list is refused (400), not compared one by one. */
export const MAX_IF_MATCH_TAGS = 20;

/**
 * The `If-Match` header (RFC 9110 §13.1.1): undefined when absent, `*` for any current version,
 * else the list of entity tags, unquoted (`"1", "2"` → `["1", "2"]`); a write goes ahead when one
 * of them is the current version, else 412. A well-formed tag the server never issued is kept: it
 * will not match (412). A bare number is accepted for clients that drop the quotes. Anything else
 * (an empty value, a malformed tag, `*` in a list, more than `MAX_IF_MATCH_TAGS` tags) is 400.
 */
export function parseIfMatch(header: string | undefined): IfMatch | undefined | "invalid" {
  if (header === undefined) return undefined;
  const value = header.trim();
  if (value === "*") return "*";
  // Entity tags cannot hold a comma or a space, so splitting on commas is exact.
  const parts = value.split(",").map((part) => part.trim());
  if (parts.length > MAX_IF_MATCH_TAGS) return "invalid";
  const tags: string[] = [];
  for (const part of parts) {
    if (/^\d{1,9}$/.test(part)) tags.push(part);
    else {
      const match = ENTITY_TAG.exec(part);
      if (!match) return "invalid";
      tags.push(match[1] as string);
    }
  }
  return tags;
}

/** The 400 of an `If-Match` that is not one. */
export const invalidIfMatch = () =>
  problemOf(
    400,
    "invalid-if-match",
    'If-Match must be *, or entity tags such as "3" separated by commas',
  );

/** What every command carries from its request: who, which request, If-Match and idempotency. */
export interface CommandContext {
  readonly actor: EventActor;
  readonly requestId: string;
  readonly ifMatch?: IfMatch;
  readonly idempotency?: { readonly keyHash: string; readonly requestHash: string };
}

/** The command context of a request, or the problem with its headers. */
export function commandContext(c: Context<AppEnv>): CommandContext | { problem: Problem } {
  const ifMatch = parseIfMatch(c.req.header("if-match"));
  if (ifMatch === "invalid") return { problem: invalidIfMatch() };
  const caller = c.get("caller");
  const idempotency = c.get("idempotency");
  return {
    // The trail refers to the person by organisation and subject; their name is kept once, in
    // the people directory, and views look it up (issue #17, "names, not ids"; D-34).
    // R25: a substitute's acts are theirs, for the person they stand in for ("X for Y").
    actor: {
      sub: caller.sub,
      orgNumber: caller.orgNumber,
      ...(caller.onBehalfOf ? { onBehalfOf: { sub: caller.onBehalfOf.sub } } : {}),
    },
    requestId: c.get("requestId"),
    ...(ifMatch !== undefined ? { ifMatch } : {}),
    ...(idempotency ? { idempotency } : {}),
  };
}

/** The ETag of a version. */
export const etag = (version: number) => `"${version}"`;
