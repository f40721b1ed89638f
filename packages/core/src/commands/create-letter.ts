import {
  DEFAULT_REMINDER_POLICY,
  decideLetter,
  foldLetter,
  type LetterCommand,
  type LetterEvent,
  type LetterOfIntent,
  letterWatches,
} from "@samverkan/domain";
import * as Effect from "effect/Effect";
import { RuleRefused } from "../errors";
import { appendToLetter, type EventActor, type MembershipChange } from "../store/append";
import { stockholmDate } from "./clock";
import { replayAfterRace } from "./replay-after-race";
import { watchChanges } from "./watches";

/** Who creates a letter, for the audit trail, and the idempotency of the request. */
export interface CreateOptions<Reply> {
  readonly actor: EventActor;
  readonly requestId: string;
  readonly recordedAt: string;
  readonly reply: (letter: LetterOfIntent) => Reply;
  readonly idempotency?: { readonly keyHash: string; readonly requestHash: string };
}

/**
 * Writes a new letter's first events (drafting, and signatures when registering a signed one) as
 * one stream, with its parties' and members' memberships, in one transaction.
 */
export const createLetter = <Reply>(
  letterId: string,
  events: readonly LetterEvent[],
  options: CreateOptions<Reply>,
) =>
  Effect.gen(function* () {
    const letter = foldLetter(events) as LetterOfIntent;
    const reply = options.reply(letter);
    const memberships: MembershipChange[] = [
      ...letter.parties.map((p) => ({
        kind: "list" as const,
        orgNumber: p.orgNumber,
        relation: "party" as const,
      })),
      ...letter.memberOrganisations.map((m) => ({
        kind: "list" as const,
        orgNumber: m.orgNumber,
        relation: "member" as const,
      })),
    ];
    const today = stockholmDate(Date.parse(options.recordedAt));
    return yield* appendToLetter({
      letterId,
      expectedStreamVersion: null,
      events: events.map((event) => ({ aggregate: "letter", event })),
      head: letter,
      snapshots: [],
      watches: watchChanges([], letterWatches(letter, today, "from", DEFAULT_REMINDER_POLICY)),
      memberships,
      ...(options.idempotency ? { idempotency: { ...options.idempotency, reply } } : {}),
      actor: options.actor,
      requestId: options.requestId,
      recordedAt: options.recordedAt,
    }).pipe(
      Effect.as(reply),
      // The loser of a race for the same key answers with the winner's letter, not its own.
      Effect.catchTag("IdempotencyRace", () => replayAfterRace<Reply>(options.idempotency)),
    );
  });

/** Decides a `DraftLetter` command for a new letter: its events, or the rule that refuses it. */
export function draftEvents(command: Extract<LetterCommand, { type: "DraftLetter" }>) {
  const decision = decideLetter(command, null);
  return decision.ok
    ? Effect.succeed([...decision.events])
    : Effect.fail(new RuleRefused({ violation: decision.violation }));
}
