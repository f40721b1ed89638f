import { createHash, randomBytes } from "node:crypto";
import type { Context } from "hono";
import type { AppEnv } from "../http/caller";
import { problemOf, sendProblem } from "../http/problem";
import { invalidIfMatch, parseIfMatch } from "../http/request-context";

// What a letter's calendar feeds (D-36) and an organisation's across its letters (D-49) share:
// who makes a feed, If-Match on feeds, and the feed's secret.

/** The caller as the maker of feeds: a feed is personal; a coordinator manages the organisation's. */
export const feedMaker = (caller: {
  orgNumber: string;
  sub: string;
  roles: readonly string[];
}) => ({
  orgNumber: caller.orgNumber,
  sub: caller.sub,
  coordinator: caller.roles.includes("coordinator"),
});

/**
 * If-Match on a feed (every write honours it, docs/api.md): a feed has no entity tag, so a tag
 * never matches (412), and `*` matches only a feed that exists, never one being made.
 */
export function feedPrecondition(c: Context<AppEnv>, creating: boolean) {
  const ifMatch = parseIfMatch(c.req.header("if-match"));
  if (ifMatch === "invalid") return sendProblem(c, invalidIfMatch());
  if (ifMatch !== undefined && (creating || ifMatch !== "*"))
    return sendProblem(
      c,
      problemOf(
        412,
        "version-mismatch",
        creating
          ? "If-Match cannot match: this write makes a new feed, which has no version yet"
          : "If-Match cannot match: a calendar feed has no entity tag (only * matches it)",
      ),
    );
  return undefined;
}

/** A feed's secret as its URL carries it: 32 random bytes. */
export const newFeedToken = () => randomBytes(32).toString("base64url");

/** A feed is stored and listed by its secret's SHA-256, never by the secret. */
export const feedIdOf = (token: string) => createHash("sha256").update(token).digest("base64url");

/** What a feed URL's secret looks like; anything else is no feed (404), unread. */
export const FEED_TOKEN = /^[A-Za-z0-9_-]{20,100}$/;
