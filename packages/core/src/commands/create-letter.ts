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
import { bindNewLetterSignatures } from "../documents/bind-signatures";
import { RuleRefused, VersionMismatch } from "../errors";
import { appendToLetter, type EventActor, type MembershipChange } from "../store/append";
import { afterAppend, commandDueItems } from "./after-append";
import { stockholmDate } from "./clock";
import { type IfMatch, ifMatchText } from "./if-match";
import { replayAfterRace } from "./replay-after-race";
import { watchChanges } from "./watches";

/** Who creates a letter, for the audit trail, and the idempotency of the request. */
export interface CreateOptions<Reply> {
  readonly actor: EventActor;
  readonly requestId: string;
  readonly recordedAt: string;
  readonly reply: (letter: LetterOfIntent) => Reply;
  readonly idempotency?: { readonly keyHash: string; readonly requestHash: string };
  /** A new letter has no version: any `If-Match` fails (412, D-38). */
  readonly ifMatch?: IfMatch;
}

/**
 * Writes a new letter's first events (drafting, and signatures when registering a signed one) as
 * one stream, with its parties' and members' memberships, in one transaction.
 */
export const createLetter = <Reply>(
  letterId: string,
  drafted: readonly LetterEvent[],
  options: CreateOptions<Reply>,
) =>
  Effect.gen(function* () {
    // A letter registered as signed binds its signatures to the drafted text's PDF (D-54).
    const events = yield* bindNewLetterSignatures(drafted);
    if (options.ifMatch !== undefined)
      return yield* Effect.fail(
        new VersionMismatch({ expected: ifMatchText(options.ifMatch), current: null }),
      );
    const letter = foldLetter(events) as LetterOfIntent;
    const reply = options.reply(letter);
    // A party another organisation named is invited until it signs (D-35): the draft is the
    // drafter's text, names included, and the list shows who wrote it.
    const drafter = letter.parties.find((p) => p.orgNumber === options.actor.orgNumber);
    const memberships: MembershipChange[] = [
      ...letter.parties.map((p): MembershipChange => {
        const invited =
          drafter !== undefined &&
          p.orgNumber !== drafter.orgNumber &&
          !letter.signatures.some((s) => s.orgNumber === p.orgNumber);
        return invited
          ? {
              kind: "list",
              orgNumber: p.orgNumber,
              relation: "invited",
              invitedBy: { orgNumber: drafter.orgNumber, name: drafter.name },
            }
          : { kind: "list", orgNumber: p.orgNumber, relation: "party" };
      }),
      ...letter.memberOrganisations.map((m) => ({
        kind: "list" as const,
        orgNumber: m.orgNumber,
        relation: "member" as const,
      })),
    ];
    const today = stockholmDate(Date.parse(options.recordedAt));
    const dueItems = commandDueItems(null, null, letter, letter, today);
    return yield* appendToLetter({
      letterId,
      expectedStreamVersion: null,
      events: events.map((event) => ({ aggregate: "letter", event })),
      head: letter,
      snapshots: [],
      watches: watchChanges([], letterWatches(letter, today, "from", DEFAULT_REMINDER_POLICY)),
      memberships,
      ...(dueItems ? { dueItems } : {}),
      ...(options.idempotency ? { idempotency: { ...options.idempotency, reply } } : {}),
      actor: options.actor,
      requestId: options.requestId,
      recordedAt: options.recordedAt,
    }).pipe(
      Effect.andThen(dueItems ? Effect.void : afterAppend(letterId, today)),
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
