import type { MiddlewareHandler } from "hono";
import { problemOf, sendProblem } from "./problem";
import { MAX_LISTED_ERRORS } from "./router";

// Text that a person typed is kept as text: no control characters that terminals and logs obey,
// no bidirectional overrides that make a title read as something else, no lone surrogates that
// break every consumer's UTF-8, and no title made only of invisible characters.

/** Fields of long text, where a tab and a line break are part of the text. */
const LONG_TEXT = new Set([
  "description",
  "summary",
  "terms",
  "outcome",
  "outsideWorld",
  "trends",
  "futureChallenges",
  "directionAdjustments",
]);

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;
// Control characters are what these look for, so the lint rule against them in a regex is off here.
// biome-ignore lint/suspicious/noControlCharactersInRegex: C0 and C1 controls are the target.
const CONTROL_IN_LINE = /[\u0000-\u001f\u007f-\u009f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: tab and line breaks are allowed here.
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff\u00ad]/gu;

/** Why a string is not accepted as text, if it is not. */
export function textProblem(value: string, key: string): string | undefined {
  if (LONE_SURROGATE.test(value)) return "contains a lone surrogate (broken UTF-16)";
  if (BIDI_CONTROL.test(value)) return "contains a bidirectional control character";
  const control = LONG_TEXT.has(key) ? CONTROL_IN_TEXT : CONTROL_IN_LINE;
  if (control.test(value))
    return LONG_TEXT.has(key)
      ? "contains a control character (only tab and line breaks are allowed)"
      : "contains a control character";
  if (value.length > 0 && value.replace(INVISIBLE, "") === "" && value.trim() !== "")
    return "has no visible characters";
  return undefined;
}

function walk(value: unknown, path: string[], found: Array<{ path: string; message: string }>) {
  if (found.length >= MAX_LISTED_ERRORS) return;
  if (typeof value === "string") {
    const problem = textProblem(value, path.at(-1) ?? "");
    if (problem) found.push({ path: path.join(".") || "body", message: problem });
  } else if (Array.isArray(value))
    for (const [i, item] of value.entries()) walk(item, [...path, String(i)], found);
  else if (value && typeof value === "object")
    for (const [key, item] of Object.entries(value)) {
      const keyProblem = textProblem(key, "");
      if (keyProblem) found.push({ path: [...path, "(key)"].join("."), message: keyProblem });
      walk(item, [...path, key], found);
    }
}

/** Refuses (400) a JSON body with text that is not text; the route's schema checks the rest. */
export function safeText(): MiddlewareHandler {
  return async function refuseUnsafeText(c, next) {
    if (!/json/i.test(c.req.header("content-type") ?? "")) return next();
    let body: unknown;
    try {
      body = JSON.parse(await c.req.raw.clone().text());
    } catch {
      return next(); // Malformed JSON is the validator's 400.
    }
    const errors: Array<{ path: string; message: string }> = [];
    walk(body, [], errors);
    if (errors.length === 0) return next();
    return sendProblem(
      c,
      problemOf(
        400,
        "invalid-text",
        "The request's text contains characters that are not accepted",
        {
          errors,
        },
      ),
    );
  };
}
