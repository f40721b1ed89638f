import type { ActivityCommand, FundingCommand, LetterCommand } from "@samverkan/domain";
import {
  type Activity,
  type CalendarDate,
  type Decision,
  decideActivity,
  decideFunding,
  decideLetter,
  evolveActivity,
  evolveFunding,
  evolveLetter,
  type FundingApplication,
  type LetterOfIntent,
} from "@samverkan/domain";
import { keys } from "@samverkan/table";
import { Effect, Schedule } from "effect";
import { agreementNotFound, canSee } from "../http/access";
import type { Caller } from "../http/caller";
import { type Problem, problemOf, violationProblem } from "../http/problem";
import { appendToLetter, eventActorOf, type StoredResponse } from "../store/append";
import { readIdempotency } from "../store/idempotency-store";
import {
  type LetterHead,
  parseActivity,
  parseFunding,
  readLetter,
  readLetterWith,
} from "../store/letter-store";
import { HttpProblem } from "./http-problem";
import { nowIso, today } from "./today";
import { watchChanges, watchesOf } from "./watch-changes";

/** What a command changes: the letter itself, one of its activities, or a funding application. */
export type Target =
  | { readonly kind: "letter" }
  | { readonly kind: "activity"; readonly id: string }
  | { readonly kind: "funding"; readonly id: string };

/** The request context every command carries. */
export interface RequestContext {
  readonly caller: Caller;
  readonly requestId: string;
  /** The aggregate version the client last saw (`If-Match`). */
  readonly ifMatch?: number;
  readonly idempotency?: {
    readonly scope: string;
    readonly key: string;
    readonly requestHash: string;
  };
}

type Child = Activity | FundingApplication;

/** One command against a letter or one of its children, from authorisation to response. */
export interface CommandSpec<C extends Child | null> {
  readonly letterId: string;
  readonly target: Target;
  readonly context: RequestContext;
  /** The date the command is decided on; today in Stockholm unless given (the scheduled run gives its date). */
  readonly on?: CalendarDate;
  /** Who may run it, checked against the current letter; a problem refuses. */
  readonly authorize: (letter: LetterOfIntent) => Problem | undefined;
  /** The domain command, built from the request and today's date. */
  readonly command: (
    today: CalendarDate,
    letter: LetterOfIntent,
    current: C | null,
  ) => LetterCommand | ActivityCommand | FundingCommand;
  /** The response after the command, from the new states. */
  readonly respond: (letter: LetterOfIntent, child: C, today: CalendarDate) => StoredResponse;
}

// A lost race re-reads and re-decides: a few quick tries with jitter before giving up with 409.
const conflictRetry = Schedule.exponential("5 millis").pipe(
  // Union takes the shorter delay: backoff grows to 100 ms and stays there, never beyond.
  Schedule.union(Schedule.spaced("100 millis")),
  Schedule.jittered,
  Schedule.intersect(Schedule.recurs(30)),
);

const fail = (problem: Problem) => Effect.fail(new HttpProblem({ problem }));

function decideFor(
  target: Target,
  command: unknown,
  letter: LetterOfIntent,
  child: Child | null,
  head: LetterHead,
): Decision<{ type: string }> {
  if (target.kind === "letter") return decideLetter(command as LetterCommand, letter);
  if (target.kind === "activity")
    return decideActivity(command as ActivityCommand, child as Activity | null, letter);
  return decideFunding(command as FundingCommand, child as FundingApplication | null, {
    letter,
    activityIds: head.activityIds,
  });
}

function evolveFor(
  target: Target,
  letter: LetterOfIntent,
  child: Child | null,
  events: readonly { type: string }[],
) {
  if (target.kind === "letter")
    return { letter: events.reduce((s, e) => evolveLetter(s, e as never), letter), child };
  if (target.kind === "activity")
    return {
      letter,
      child: events.reduce<Activity | null>(
        (s, e) => evolveActivity(s, e as never),
        child as Activity | null,
      ),
    };
  return {
    letter,
    child: events.reduce<FundingApplication | null>(
      (s, e) => evolveFunding(s, e as never),
      child as FundingApplication | null,
    ),
  };
}

/** Organisations that may see the letter after the change, and new memberships to list it by. */
function visibility(head: LetterHead, letter: LetterOfIntent, child: Child | null) {
  const projectParties =
    child && "specialAgreement" in child
      ? child.specialAgreement.parties.map((p) => p.orgNumber)
      : [];
  const added = projectParties.filter((org) => !head.viewers.includes(org));
  return {
    viewers: [...head.viewers, ...added],
    memberships: added.map((orgNumber) => ({
      orgNumber,
      relation: "project-party",
      title: letter.title,
    })),
  };
}

const childSk = (letterId: string, target: Target) =>
  target.kind === "activity"
    ? keys.activity(letterId, target.id).sk
    : target.kind === "funding"
      ? keys.funding(letterId, target.id).sk
      : "";

const loadOnce = <C extends Child | null>(spec: CommandSpec<C>) =>
  Effect.gen(function* () {
    const { letterId, target, context } = spec;
    const loaded =
      target.kind === "letter"
        ? { head: yield* readLetter(letterId), child: null }
        : yield* readLetterWith<Child>(
            letterId,
            childSk(letterId, target),
            target.kind === "activity" ? parseActivity : parseFunding,
          );
    const { head, child } = loaded;
    if (!head || !canSee(context.caller, head)) return yield* fail(agreementNotFound(letterId));
    return { head, child: child as Child | null };
  });

const attempt = <C extends Child | null>(spec: CommandSpec<C>) =>
  Effect.gen(function* () {
    const { letterId, target, context } = spec;
    const { head, child } = yield* loadOnce(spec);
    const refusal = spec.authorize(head.letter);
    if (refusal) return yield* fail(refusal);
    const current = target.kind === "letter" ? head.letter : child;
    if (context.ifMatch !== undefined && current && current.version !== context.ifMatch) {
      return yield* fail(
        problemOf(
          412,
          "version-mismatch",
          `If-Match ${context.ifMatch} is not the current version ${current.version}`,
        ),
      );
    }
    const on = spec.on ?? (yield* today);
    const decision = decideFor(
      target,
      spec.command(on, head.letter, child as C | null),
      head.letter,
      child,
      head,
    );
    if (!decision.ok) return yield* fail(violationProblem(decision.violation));
    const next = evolveFor(target, head.letter, child, decision.events);
    const response = spec.respond(next.letter, next.child as C, on);
    const { viewers, memberships } = visibility(head, next.letter, next.child);
    const newActivity = target.kind === "activity" && !child ? [target.id] : [];
    const aggregate = target.kind === "letter" ? "letter" : `${target.kind}:${target.id}`;
    yield* appendToLetter({
      letterId,
      expectedStreamVersion: head.streamVersion,
      events: decision.events.map((event) => ({ aggregate, event })),
      letter: next.letter,
      viewers,
      activityIds: [...head.activityIds, ...newActivity],
      ...(next.child ? { child: { sk: childSk(letterId, target), state: next.child } } : {}),
      watches: watchChanges(
        watchesOf(target.kind, head.letter, child, on),
        watchesOf(target.kind, next.letter, next.child, on),
      ),
      memberships,
      ...(context.idempotency ? { idempotency: { ...context.idempotency, response } } : {}),
      actor: eventActorOf(context.caller),
      requestId: context.requestId,
      recordedAt: yield* nowIso,
    });
    return response;
  });

/**
 * Runs a command: read the letter (and child) in one request, authorise, decide, and append all
 * it changes in one transaction. A lost race re-reads and re-decides, unless the client sent
 * `If-Match` (then 409). A concurrent request with the same `Idempotency-Key` replays its answer.
 */
export const executeCommand = <C extends Child | null>(spec: CommandSpec<C>) =>
  attempt(spec).pipe(
    Effect.retry({
      schedule: conflictRetry,
      while: (error) => error._tag === "VersionConflict" && spec.context.ifMatch === undefined,
    }),
    Effect.catchTag("VersionConflict", () =>
      fail(
        problemOf(
          409,
          "version-conflict",
          "The agreement changed while this request ran; read it again",
        ),
      ),
    ),
    Effect.catchTag("IdempotencyRace", () => replayAfterRace(spec.context)),
    Effect.withSpan("command.execute", {
      attributes: { letterId: spec.letterId, target: spec.target.kind },
    }),
  );

const replayAfterRace = (context: RequestContext) =>
  Effect.gen(function* () {
    const { scope, key } = context.idempotency ?? { scope: "", key: "" };
    const record = yield* readIdempotency(scope, key);
    if (!record)
      return yield* fail(
        problemOf(
          409,
          "idempotency-conflict",
          "A request with this Idempotency-Key is in progress",
        ),
      );
    if (record.requestHash !== context.idempotency?.requestHash) {
      return yield* fail(
        problemOf(
          422,
          "idempotency-key-reused",
          "This Idempotency-Key was used with another request",
        ),
      );
    }
    return record.response;
  });
