import {
  decideLetter,
  foldLetter,
  type LetterCommand,
  type LetterEvent,
  type LetterOfIntent,
} from "@samverkan/domain";
import { Effect } from "effect";
import { violationProblem } from "../http/problem";
import { appendToLetter, eventActorOf, type StoredResponse } from "../store/append";
import type { RequestContext } from "./execute";
import { HttpProblem } from "./http-problem";
import { stockholmDate } from "./today";
import { watchChanges, watchesOf } from "./watch-changes";

/** Writes a new letter's first events (drafting, and signatures when seeding) as one stream. */
export const createLetter = (
  letterId: string,
  events: readonly LetterEvent[],
  context: Omit<RequestContext, "ifMatch">,
  respond: (letter: LetterOfIntent) => StoredResponse,
  recordedAt: string,
) =>
  Effect.gen(function* () {
    const letter = foldLetter(events) as LetterOfIntent;
    const response = respond(letter);
    const viewers = [...letter.parties, ...letter.memberOrganisations].map((org) => org.orgNumber);
    const memberships = [
      ...letter.parties.map((p) => ({
        orgNumber: p.orgNumber,
        relation: "party",
        title: letter.title,
      })),
      ...letter.memberOrganisations.map((m) => ({
        orgNumber: m.orgNumber,
        relation: "member",
        title: letter.title,
      })),
    ];
    const actor = eventActorOf(context.caller);
    const today = stockholmDate(Date.parse(recordedAt));
    yield* appendToLetter({
      letterId,
      expectedStreamVersion: null,
      events: events.map((event) => ({ aggregate: "letter", event })),
      letter,
      viewers,
      activityIds: [],
      watches: watchChanges([], watchesOf("letter", letter, null, today)),
      memberships,
      ...(context.idempotency ? { idempotency: { ...context.idempotency, response } } : {}),
      actor,
      requestId: context.requestId,
      recordedAt,
    });
    return response;
  });

/** Decides a `DraftLetter` command for a new letter: its events, or the problem that refuses it. */
export function draftEvents(command: Extract<LetterCommand, { type: "DraftLetter" }>) {
  const decision = decideLetter(command, null);
  return decision.ok
    ? Effect.succeed([...decision.events])
    : Effect.fail(new HttpProblem({ problem: violationProblem(decision.violation) }));
}
