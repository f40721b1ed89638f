import * as z from "zod/mini";

/** The longest summary a basis or a structure review may have: one item, well inside 400 KB. */
export const MAX_SUMMARY_LENGTH = 10_000;

/**
 * A written summary (a dialog's basis R12, a structure review R15): trimmed, not empty, at most
 * `MAX_SUMMARY_LENGTH` characters. One schema, so the API's request bodies state no limit of
 * their own.
 */
export const Summary = /* @__PURE__ */ z
  .string()
  .check(z.trim(), z.minLength(1), z.maxLength(MAX_SUMMARY_LENGTH));
