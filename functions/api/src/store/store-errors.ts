import { Data } from "effect";

/** The letter's stream moved on since it was read: someone else wrote first. */
export class VersionConflict extends Data.TaggedError("VersionConflict")<{
  readonly letterId: string;
}> {}

/** An `Idempotency-Key` was stored by a concurrent request while this one ran. */
export class IdempotencyRace extends Data.TaggedError("IdempotencyRace")<{
  readonly key: string;
}> {}

/** DynamoDB did not answer or throttled: the client may retry later (503). */
export class StoreUnavailable extends Data.TaggedError("StoreUnavailable")<{
  readonly operation: string;
  readonly cause: unknown;
}> {}
