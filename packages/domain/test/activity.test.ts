import { describe, expect, it } from "vitest";
import {
  activityReminders,
  activityWatches,
  DEFAULT_REMINDER_POLICY,
  foldActivity,
  type LetterHeadEvent,
} from "../src/index";
import { coordinatorOf, KIRUNA, LTU, NOK, OUTSIDER, RISE, signatoryOf } from "./support/fixtures";
import { activityHistoryOf, givenActivity, historyOf } from "./support/given-when-then";
import { d, signedLetter } from "./support/letters";

function letterWithNeed(): LetterHeadEvent[] {
  return historyOf(
    [
      {
        type: "RegisterNeed",
        actor: coordinatorOf(NOK),
        need: {
          needId: "need-1",
          title: "Nurses by distance",
          focusAreas: ["health-and-care", "education"],
        },
        raisedBy: KIRUNA.orgNumber,
        raisedOn: "2026-01-10",
      },
    ],
    signedLetter(),
  );
}

const define = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  type: "DefineActivity" as const,
  actor: coordinatorOf(LTU),
  activityId: "act-1",
  title: "Distance nursing programme in Kiruna",
  kind: "distance-education",
  focusAreas: ["health-and-care", "education"],
  needIds: ["need-1"],
  projectParties: [KIRUNA, RISE],
  terms: "LTU teaches, Kiruna provides placements",
  definedOn: "2026-02-01",
  ...extra,
});
const sign = (org: typeof NOK, signedOn: string, version?: number) => ({
  type: "SignSpecialAgreement" as const,
  actor: signatoryOf(org),
  signedOn,
  ...(version ? { version } : {}),
});
const start = (startedOn: string) => ({
  type: "StartActivity" as const,
  actor: coordinatorOf(LTU),
  startedOn,
});

describe("R14 an activity and its special agreement", () => {
  it("R14 R5 R8 defining an activity drafts version 1 of its special agreement for both parties and every project party", () => {
    const events = givenActivity(letterWithNeed()).when(define()).thenAccepted();
    expect(events[0]).toMatchObject({
      type: "ActivityDefined",
      kind: "distance-education",
      needIds: ["need-1"],
    });
    expect(events[1]).toMatchObject({ type: "SpecialAgreementDrafted", version: 1 });
    const parties = (events[1] as { parties: { orgNumber: string }[] }).parties.map(
      (p) => p.orgNumber,
    );
    expect(parties).toEqual([NOK.orgNumber, LTU.orgNumber, KIRUNA.orgNumber, RISE.orgNumber]);
  });

  it("R14 a principal party named again as project party is required once", () => {
    const events = givenActivity(letterWithNeed())
      .when(define({ projectParties: [LTU, KIRUNA, KIRUNA] }))
      .thenAccepted();
    expect((events[1] as { parties: unknown[] }).parties).toHaveLength(3);
  });

  it("R14 refuses to start while one project party's signature is missing, naming it", () => {
    const history = activityHistoryOf(letterWithNeed(), [
      define(),
      sign(NOK, "2026-02-05"),
      sign(LTU, "2026-02-06"),
      sign(KIRUNA, "2026-02-07"),
    ]);
    const refusal = givenActivity(letterWithNeed(), history)
      .when(start("2026-03-01"))
      .thenRefuses("R14", "special-agreement-not-fully-signed");
    expect(refusal.details).toEqual({ missingSignatories: [RISE.orgNumber] });
    expect(refusal.message).toContain("RISE");
  });

  it("R14 starts once every required party has signed, not before the last signature", () => {
    const history = activityHistoryOf(letterWithNeed(), [
      define(),
      sign(NOK, "2026-02-05"),
      sign(LTU, "2026-02-06"),
      sign(KIRUNA, "2026-02-07"),
      sign(RISE, "2026-02-20"),
    ]);
    givenActivity(letterWithNeed(), history)
      .when(start("2026-02-19"))
      .thenRefuses("R14", "start-before-signatures");
    givenActivity(letterWithNeed(), history)
      .when(start("2026-02-20"))
      .then([{ type: "ActivityStarted", startedOn: d("2026-02-20") }]);
  });

  it("R14 a new version with other parties resets the signatures to none", () => {
    const history = activityHistoryOf(letterWithNeed(), [
      define(),
      sign(NOK, "2026-02-05"),
      sign(LTU, "2026-02-06"),
      {
        type: "ReviseSpecialAgreement",
        actor: coordinatorOf(LTU),
        projectParties: [KIRUNA],
        terms: "RISE left",
        revisedOn: "2026-02-10",
      },
    ]);
    const activity = foldActivity(history);
    expect(activity?.specialAgreement).toMatchObject({ version: 2, signatures: [] });
    expect(activity?.specialAgreement.parties.map((p) => p.orgNumber)).toEqual([
      NOK.orgNumber,
      LTU.orgNumber,
      KIRUNA.orgNumber,
    ]);
    const refusal = givenActivity(letterWithNeed(), history)
      .when(start("2026-03-01"))
      .thenRefuses("R14", "special-agreement-not-fully-signed");
    expect(refusal.details).toEqual({
      missingSignatories: [NOK.orgNumber, LTU.orgNumber, KIRUNA.orgNumber],
    });
    givenActivity(letterWithNeed(), history)
      .when(sign(NOK, "2026-02-11", 1))
      .thenRefuses("R14", "stale-special-agreement-version");
  });

  it("R14 refuses a signature by an organisation outside the agreement, and a second signature", () => {
    const history = activityHistoryOf(letterWithNeed(), [define(), sign(NOK, "2026-02-05")]);
    givenActivity(letterWithNeed(), history)
      .when(sign(OUTSIDER, "2026-02-06"))
      .thenRefuses("R14", "not-a-project-party");
    givenActivity(letterWithNeed(), history)
      .when(sign(NOK, "2026-02-06"))
      .thenRefuses("R14", "already-signed");
  });

  it("R16 a project party signs only through its own signatory", () => {
    const history = activityHistoryOf(letterWithNeed(), [define()]);
    givenActivity(letterWithNeed(), history)
      .when({ type: "SignSpecialAgreement", actor: coordinatorOf(KIRUNA), signedOn: "2026-02-06" })
      .thenRefuses("R16", "not-a-signatory");
  });

  it("R14 refuses to revise a started activity's agreement, and completes it once with an outcome", () => {
    const started = activityHistoryOf(letterWithNeed(), [
      define({ projectParties: [] }),
      sign(NOK, "2026-02-05"),
      sign(LTU, "2026-02-06"),
      start("2026-02-07"),
    ]);
    givenActivity(letterWithNeed(), started)
      .when({
        type: "ReviseSpecialAgreement",
        actor: coordinatorOf(LTU),
        projectParties: [],
        terms: "",
        revisedOn: "2026-03-01",
      })
      .thenRefuses("R14", "activity-already-started");
    givenActivity(letterWithNeed(), started)
      .when({
        type: "CompleteActivity",
        actor: coordinatorOf(LTU),
        completedOn: "2026-02-01",
        outcome: "done",
      })
      .thenRefuses("R14", "completed-before-start");
    givenActivity(letterWithNeed(), started)
      .when({
        type: "CompleteActivity",
        actor: coordinatorOf(LTU),
        completedOn: "2026-12-01",
        outcome: "12 nurses graduated",
      })
      .thenAccepted();
  });
});

describe("R5 R4 R8 what an activity must answer to", () => {
  it("R5 refuses an activity that answers no registered need, or an unknown one", () => {
    givenActivity(letterWithNeed())
      .when(define({ needIds: [] }))
      .thenRefuses("R5", "activity-without-need");
    const refusal = givenActivity(letterWithNeed())
      .when(define({ needIds: ["need-1", "need-9"] }))
      .thenRefuses("R5", "need-not-found");
    expect(refusal.details).toEqual({ needIds: ["need-9"] });
  });

  it("R4 refuses a focus area the letter does not cover", () => {
    const narrowLetter = letterWithNeed().map((event) =>
      event.type === "LetterDrafted"
        ? { ...event, focusAreas: ["health-and-care" as const] }
        : event,
    );
    givenActivity(narrowLetter).when(define()).thenRefuses("R4", "focus-area-outside-letter");
  });

  it("R8 refuses a kind outside the closed list at the schema", () => {
    expect(() => givenActivity(letterWithNeed()).when(define({ kind: "party" }))).toThrow();
  });
});

describe("R20 special agreements when the letter ends", () => {
  const running = () =>
    activityHistoryOf(letterWithNeed(), [
      define({ projectParties: [] }),
      sign(NOK, "2026-02-05"),
      sign(LTU, "2026-02-06"),
      start("2026-02-07"),
    ]);

  it("R20 a running special agreement is flagged once for review, not ended", () => {
    const flag = {
      type: "FlagSpecialAgreementForReview" as const,
      letterEndedOn: "2027-02-28",
      flaggedOn: "2027-03-01",
    };
    const events = givenActivity(letterWithNeed(), running()).when(flag).thenAccepted();
    const flagged = foldActivity([...running(), ...events]);
    expect(flagged).toMatchObject({
      flaggedForReviewOn: "2027-03-01",
      completedOn: null,
      startedOn: "2026-02-07",
    });
    givenActivity(letterWithNeed(), [...running(), ...events])
      .when(flag)
      .thenRefuses("R20", "already-flagged");
    const notStarted = activityHistoryOf(letterWithNeed(), [define()]);
    givenActivity(letterWithNeed(), notStarted)
      .when(flag)
      .thenRefuses("R20", "activity-not-running");
    const reminders = activityReminders(
      flagged as NonNullable<typeof flagged>,
      d("2027-03-01"),
      DEFAULT_REMINDER_POLICY,
    );
    expect(reminders).toEqual([
      expect.objectContaining({
        kind: "flagged-for-review",
        rule: "R20",
        recipients: [NOK.orgNumber, LTU.orgNumber],
      }),
    ]);
  });
});

describe("R14 the next signer is told (issue #17)", () => {
  const signedByNok = () =>
    foldActivity(
      activityHistoryOf(letterWithNeed(), [
        define({ projectParties: [KIRUNA] }),
        sign(NOK, "2026-02-05"),
      ]),
    ) as NonNullable<ReturnType<typeof foldActivity>>;

  it("finding: irreversible acts are one click — nobody tells the next signer it is their turn: R14 a signature that leaves others to sign asks them, once per version", () => {
    const activity = signedByNok();
    const reminders = activityReminders(activity, d("2026-02-05"), DEFAULT_REMINDER_POLICY);
    expect(reminders).toEqual([
      expect.objectContaining({
        key: "special-agreement:act-1:v1#signature-requested",
        kind: "signature-requested",
        rule: "R14",
        dueOn: "2026-02-05",
        recipients: [LTU.orgNumber, KIRUNA.orgNumber],
        about: expect.objectContaining({
          duty: "special-agreement-signatures",
          activityId: "act-1",
        }),
      }),
    ]);
    // The command that signed leaves a watch for its own day, so today's run sends it.
    expect(activityWatches(activity, d("2026-02-05"), "from", DEFAULT_REMINDER_POLICY)).toEqual([
      { id: "special-agreement:act-1", on: "2026-02-05" },
    ]);
    // After that run the watch moves on to the 14-day reminder, not back to the request.
    expect(activityWatches(activity, d("2026-02-05"), "after", DEFAULT_REMINDER_POLICY)).toEqual([
      { id: "special-agreement:act-1", on: "2026-02-15" },
    ]);
  });

  it("R14 no request before any signature, none once all have signed, none for a signature older than the look-back", () => {
    const unsigned = foldActivity(
      activityHistoryOf(letterWithNeed(), [define({ projectParties: [] })]),
    ) as NonNullable<ReturnType<typeof foldActivity>>;
    const kinds = (a: typeof unsigned, on: string) =>
      activityReminders(a, d(on), DEFAULT_REMINDER_POLICY).map((r) => r.kind);
    expect(kinds(unsigned, "2026-02-05")).toEqual([]);
    const all = foldActivity(
      activityHistoryOf(letterWithNeed(), [
        define({ projectParties: [] }),
        sign(NOK, "2026-02-05"),
        sign(LTU, "2026-02-06"),
      ]),
    ) as NonNullable<ReturnType<typeof foldActivity>>;
    expect(kinds(all, "2026-02-06")).toEqual([]);
    expect(kinds(signedByNok(), "2026-03-09")).toEqual(["awaiting-signatures"]);
  });
});
