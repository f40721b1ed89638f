import {
  type CalendarDate,
  type LetterOfIntent,
  letterReminderPolicy,
  letterWatches,
} from "@samverkan/domain";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import * as Schedule from "effect/Schedule";
import { AgreementNotFound, type NotAllowed, RuleRefused, VersionMismatch } from "../errors";
import { appendToLetter, type EventActor } from "../store/append";
import { readLetterWith } from "../store/letter-store";
import { afterAppend, commandDueItems } from "./after-append";
import type { Aggregate, StreamId } from "./aggregates";
import { nowIso, today } from "./clock";
import { type IfMatch, ifMatchHolds, ifMatchText } from "./if-match";
import { contactsOfLeavingParties } from "./leaving-parties";
import { replayAfterRace } from "./replay-after-race";
import { mayView } from "./visibility";
import { watchChanges } from "./watches";

/** What a command's caller gives besides the command: who, which request, and its guards. */
export interface HandleOptions<State, Event, Reply> {
  readonly actor: EventActor;
  readonly requestId: string;
  /**
   * The entity tags the client last saw (`If-Match`); a lost race is then a mismatch, not a retry.
   * A command that creates (no version yet) never matches: 412.
   */
  readonly ifMatch?: IfMatch;
  /** The date the command is decided on; today in Europe/Stockholm unless given. */
  readonly on?: CalendarDate;
  /** Who may run it, checked against the current letter. */
  readonly authorize?: (letter: LetterOfIntent) => NotAllowed | undefined;
  /** The reply to keep for an idempotency key, made from the outcome. */
  readonly reply: (outcome: { state: State; events: readonly Event[]; on: CalendarDate }) => Reply;
  readonly idempotency?: { readonly keyHash: string; readonly requestHash: string };
}

// A lost race re-reads and re-decides: a few quick tries with jitter before giving up.
const conflictRetry = Schedule.max([
  Schedule.jittered(
    // The shorter delay of the two: backoff grows to 100 ms and stays there, never beyond.
    Schedule.min([Schedule.exponential("5 millis"), Schedule.spaced("100 millis")]),
  ),
  Schedule.recurs(30),
]);

const attempt = <Command, State, Event extends { readonly type: string }, Reply>(
  aggregate: Aggregate<Command, State, Event>,
  stream: StreamId,
  command: Command | ((on: CalendarDate) => Command),
  options: HandleOptions<State, Event, Reply>,
) =>
  Effect.gen(function* () {
    const { letterId } = stream;
    const on = options.on ?? (yield* today);
    const built =
      typeof command === "function" ? (command as (on: CalendarDate) => Command)(on) : command;
    const viewer = options.actor.orgNumber;
    const membership = viewer ? [keys.membership(viewer, letterId)] : [];
    const { head, itemOf } = yield* readLetterWith(letterId, [
      ...aggregate.reads(stream, built),
      ...membership,
    ]);
    if (!head) return yield* new AgreementNotFound({ letterId });
    if (viewer && !mayView(head.letter, viewer, itemOf(keys.membership(viewer, letterId)))) {
      return yield* new AgreementNotFound({ letterId });
    }
    const refusal = options.authorize?.(head.letter);
    if (refusal) return yield* refusal;
    const before = aggregate.load(stream, head.letter, itemOf, built);
    const version = aggregate.versionOf(before);
    if (options.ifMatch !== undefined && !ifMatchHolds(options.ifMatch, version)) {
      return yield* new VersionMismatch({
        expected: ifMatchText(options.ifMatch),
        current: version,
      });
    }
    const decision = aggregate.decider.decide(built, before);
    if (!decision.ok) return yield* new RuleRefused({ violation: decision.violation });
    const events = aggregate.bind
      ? yield* aggregate.bind(before, decision.events)
      : decision.events;
    const after = events.reduce(aggregate.decider.evolve, before);
    const letterBefore = aggregate.letterOf(before);
    const letterAfter = aggregate.letterOf(after);
    // The watches follow the letter's reminder policy (D-31: in its head), before and after.
    const policyBefore = letterReminderPolicy(letterBefore);
    const policy = letterReminderPolicy(letterAfter);
    const reply = options.reply({ state: after, events, on });
    const aggregateTag = stream.id ? `${aggregate.kind}:${stream.id}` : aggregate.kind;
    const memberships = aggregate.memberships(before, after);
    const deletions = yield* contactsOfLeavingParties(letterId, letterAfter, memberships);
    const dueItems = commandDueItems(letterBefore, before, letterAfter, after, on);
    yield* appendToLetter({
      letterId,
      expectedStreamVersion: head.streamVersion,
      events: events.map((event) => ({
        // The aggregate says which stream each event is (a dialog's record starts needs).
        aggregate: aggregate.decider.streamOf(event, aggregateTag),
        event,
      })),
      head: letterAfter,
      snapshots: aggregate.snapshots(stream, after, events),
      watches: watchChanges(
        [
          ...letterWatches(letterBefore, on, "from", policyBefore),
          ...aggregate.watches(before, on, policyBefore),
        ],
        [
          ...letterWatches(letterAfter, on, "from", policy),
          ...aggregate.watches(after, on, policy),
        ],
      ),
      memberships,
      ...(deletions.length > 0 ? { deletions } : {}),
      ...(dueItems ? { dueItems } : {}),
      ...(options.idempotency ? { idempotency: { ...options.idempotency, reply } } : {}),
      actor: options.actor,
      requestId: options.requestId,
      recordedAt: yield* nowIso,
    });
    if (!dueItems) yield* afterAppend(letterId, on);
    return reply;
  });

/**
 * Runs one command: read the letter's head and what the aggregate needs in one request, check
 * who may see and do it, decide, evolve, and append everything it changes in one transaction.
 * A lost race re-reads and re-decides, unless the caller sent `If-Match` (then it is a conflict).
 * A concurrent request with the same idempotency key gets that request's reply.
 *
 * @example handle(letterAggregate, { letterId }, (on) => ({ type: "SignLetter", actor, signedOn: on }), { actor, requestId, reply: () => null })
 */
export const handle = /* @__PURE__ */ Effect.fn("core.handle")(function* <
  Command,
  State,
  Event extends { readonly type: string },
  Reply,
>(
  aggregate: Aggregate<Command, State, Event>,
  stream: StreamId,
  command: Command | ((on: CalendarDate) => Command),
  options: HandleOptions<State, Event, Reply>,
) {
  yield* Effect.annotateCurrentSpan({ letterId: stream.letterId, aggregate: aggregate.kind });
  return yield* attempt(aggregate, stream, command, options).pipe(
    Effect.retry({
      schedule: conflictRetry,
      while: (error) => error._tag === "VersionConflict" && options.ifMatch === undefined,
    }),
    Effect.catchTag("IdempotencyRace", () => replayAfterRace<Reply>(options.idempotency)),
  );
});
