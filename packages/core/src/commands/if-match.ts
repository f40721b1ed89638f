/**
 * An `If-Match` precondition (RFC 9110 §13.1.1): `*` (any current version) or a list of entity
 * tags, unquoted, one of which must be the current version. The API parses the header; the core
 * decides, so every write — event-sourced or a versioned item — honours it the same way.
 */
export type IfMatch = "*" | readonly string[];

/**
 * Whether the precondition holds for the current version; `null` is "nothing exists yet" (a
 * command that creates), for which no tag and not even `*` holds (412).
 */
export const ifMatchHolds = (ifMatch: IfMatch, version: number | null): boolean =>
  version !== null && (ifMatch === "*" || ifMatch.includes(String(version)));

/** The precondition as the client sent it, for the 412's message. */
export const ifMatchText = (ifMatch: IfMatch): string =>
  ifMatch === "*" ? "*" : ifMatch.map((tag) => `"${tag}"`).join(", ");
