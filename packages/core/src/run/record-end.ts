import {
  type Activity,
  type ActivityCommand,
  type CalendarDate,
  type LetterOfIntent,
  letterEndsOn,
  runningAgreementsToFlag,
} from "@samverkan/domain";
import * as Effect from "effect/Effect";
import { activityAggregate, letterAggregate } from "../commands/aggregates";
import { handle } from "../commands/handle";
import type { EventActor } from "../store/append";

/** The daily run acts as itself in the audit trail: a named system actor, not a borrowed party. */
export const SCHEDULER_ACTOR: EventActor = { sub: "system:daily-run", name: "Samverkan daily run" };

// A refusal that means another run already recorded the same fact: it is true now, once.
const ALREADY_RECORDED = new Set(["letter-already-ended", "already-flagged"]);

/** A system command's events; only "another run already recorded it" counts as done. */
const recordedOnce = <
  E extends { readonly _tag: string; readonly violation?: { code: string } },
  R,
>(
  run: Effect.Effect<number, E, R>,
) =>
  run.pipe(
    Effect.catchIf(
      (error): error is E =>
        error._tag === "RuleRefused" && ALREADY_RECORDED.has(error.violation?.code ?? ""),
      () => Effect.succeed(0),
    ),
  );

/**
 * R20: once the notice period is over, record that the letter ended (with the obligations that
 * lapsed) and flag each special agreement still running for review by its parties. Which ones to
 * flag is the domain's (`runningAgreementsToFlag`).
 */
export const recordEnd = (
  letter: LetterOfIntent,
  activities: readonly Activity[],
  asOf: CalendarDate,
) =>
  Effect.gen(function* () {
    const endsOn = letterEndsOn(letter);
    if (!endsOn || asOf <= endsOn || letter.endedOn) return 0;
    const stream = { letterId: letter.letterId };
    const options = { actor: SCHEDULER_ACTOR, requestId: `daily-run-${asOf}`, on: asOf };
    let events = yield* recordedOnce(
      handle(
        letterAggregate,
        stream,
        { type: "RecordLetterEnded", asOf },
        {
          ...options,
          reply: ({ events }) => events.length,
        },
      ),
    );
    for (const activity of runningAgreementsToFlag(activities)) {
      const flag: ActivityCommand = {
        type: "FlagSpecialAgreementForReview",
        letterEndedOn: endsOn,
        flaggedOn: asOf,
      };
      events += yield* recordedOnce(
        handle(activityAggregate, { ...stream, id: activity.activityId }, flag, {
          ...options,
          reply: ({ events }) => events.length,
        }),
      );
    }
    return events;
  });
