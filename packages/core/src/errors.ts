import type { RuleViolation } from "@samverkan/domain";
import * as Data from "effect/Data";

// The errors the application core can end in, each a tagged value. An adapter maps each tag to
// its own terms in one place (the API: its `error-status.ts`), and the
// compiler flags a tag it forgot.

/** A rule of the letter refused the command. */
export class RuleRefused extends Data.TaggedError("RuleRefused")<{
  readonly violation: RuleViolation;
}> {}

/** No such agreement, or one the caller's organisation has no part in: the same answer. */
export class AgreementNotFound extends Data.TaggedError("AgreementNotFound")<{
  readonly letterId: string;
}> {}

/** No such dialog, need, activity or funding application in the agreement. */
export class ItemNotFound extends Data.TaggedError("ItemNotFound")<{
  readonly kind:
    | "dialog"
    | "need"
    | "activity"
    | "funding-application"
    | "calendar-feed"
    | "substitution"
    | "structure-review"
    | "special-agreement-version"
    | "amendment"
    | "person";
  readonly id: string;
}> {}

/** The caller may see the agreement but not do this (role, or not a principal party). */
export class NotAllowed extends Data.TaggedError("NotAllowed")<{
  readonly code: string;
  readonly message: string;
  readonly rule?: string;
}> {}

/** The client's `If-Match` names a version that is not the current one. */
export class VersionMismatch extends Data.TaggedError("VersionMismatch")<{
  readonly expected: string;
  /** Null when nothing exists yet to match (a write that creates). */
  readonly current: number | null;
}> {}

/** The letter's stream moved on while the command ran, and re-deciding did not settle it. */
export class VersionConflict extends Data.TaggedError("VersionConflict")<{
  readonly letterId: string;
}> {}

/** An idempotency key came back with another request than the one it was first used for. */
export class IdempotencyKeyReused extends Data.TaggedError("IdempotencyKeyReused")<{
  readonly key: string;
}> {}

/** A request with the same idempotency key is still being handled. */
export class IdempotencyInProgress extends Data.TaggedError("IdempotencyInProgress")<{
  readonly key: string;
}> {}

/** DynamoDB did not answer or throttled: the caller may retry later. */
export class StoreUnavailable extends Data.TaggedError("StoreUnavailable")<{
  readonly operation: string;
  readonly cause: unknown;
}> {}

/** A list cursor that this server did not issue for that list. */
export class InvalidCursor extends Data.TaggedError("InvalidCursor")<{
  readonly reason: string;
}> {}

/** Input that is well-formed but outside what the system computes (a date too far out). */
export class InputOutOfRange extends Data.TaggedError("InputOutOfRange")<{
  readonly code: string;
  readonly message: string;
}> {}

/** Every error a core operation can end in. */
export type CoreError =
  | RuleRefused
  | AgreementNotFound
  | ItemNotFound
  | NotAllowed
  | VersionMismatch
  | VersionConflict
  | IdempotencyKeyReused
  | IdempotencyInProgress
  | StoreUnavailable
  | InvalidCursor
  | InputOutOfRange;

/** The tags of `CoreError`: an adapter keeps a `Record` over these, so none goes unmapped. */
export type CoreErrorTag = CoreError["_tag"];
