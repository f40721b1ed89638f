import { describe, expect, it } from "vitest";
import {
  decideFunding,
  FundingCommand,
  type FundingCommandInput,
  type FundingEvent,
  foldFunding,
  fundingObligations,
  fundingReminders,
  reminderPolicyOf,
} from "../src/index";
import { coordinatorOf, KIRUNA, LTU, NOK, planFunding, signatoryOf } from "./support/fixtures";
import { historyOf } from "./support/given-when-then";
import { d, signedLetter, stateOf } from "./support/letters";

const letter = stateOf(signedLetter("2025-10-01"));
const context = { letter, activityIds: ["act-1"] };
const plan = (extra: Record<string, unknown> = {}): FundingCommandInput => planFunding(extra);
const actor = coordinatorOf(LTU);

function run(commands: FundingCommandInput[]) {
  const events: FundingEvent[] = [];
  for (const command of commands) {
    const decision = decideFunding(FundingCommand.parse(command), {
      ...context,
      application: foldFunding(events),
    });
    if (!decision.ok) return { events, violation: decision.violation };
    events.push(...decision.events);
  }
  return { events, violation: undefined };
}

describe("R7 joint funding applications", () => {
  it("R7 records funder, call, deadline, amount in whole kronor, applicants and linked activities", () => {
    const { events, violation } = run([plan()]);
    expect(violation).toBeUndefined();
    expect(foldFunding(events)).toMatchObject({
      status: "planned",
      funder: "Vinnova",
      amountRequestedSek: 4_500_000,
      applicantParties: [LTU.orgNumber, NOK.orgNumber],
      linkedActivityIds: ["act-1"],
    });
  });

  it("R7 moves planned → submitted → granted", () => {
    const { events, violation } = run([
      plan(),
      { type: "SubmitFundingApplication", actor, submittedOn: "2026-09-10" },
      {
        type: "RecordFundingDecision",
        actor,
        decision: "granted",
        decidedOn: "2026-12-01",
        amountGrantedSek: 4_000_000,
      },
    ]);
    expect(violation).toBeUndefined();
    expect(foldFunding(events)).toMatchObject({
      status: "granted",
      amountGrantedSek: 4_000_000,
      submittedOn: "2026-09-10",
    });
  });

  it("R7 refuses a decision before submission, a submission after the deadline and a revision once submitted", () => {
    expect(
      run([
        plan(),
        { type: "RecordFundingDecision", actor, decision: "rejected", decidedOn: "2026-07-01" },
      ]).violation,
    ).toMatchObject({
      rule: "R7",
      code: "invalid-funding-transition",
    });
    expect(
      run([plan(), { type: "SubmitFundingApplication", actor, submittedOn: "2026-09-16" }])
        .violation,
    ).toMatchObject({
      rule: "R7",
      code: "deadline-passed",
    });
    const submitted = [
      plan(),
      { type: "SubmitFundingApplication" as const, actor, submittedOn: "2026-09-01" },
    ];
    const {
      type: _t,
      applicationId: _a,
      plannedOn: _p,
      ...details
    } = plan() as Extract<FundingCommandInput, { type: "PlanFundingApplication" }>;
    expect(
      run([...submitted, { type: "ReviseFundingApplication", ...details }]).violation,
    ).toMatchObject({ code: "invalid-funding-transition" });
    expect(
      run([...submitted, { type: "WithdrawFundingApplication", actor, withdrawnOn: "2026-10-01" }])
        .violation,
    ).toBeUndefined();
  });

  it("R7 refuses an application without a principal party, with unknown activities, or with a passed deadline", () => {
    expect(run([plan({ applicantParties: [KIRUNA.orgNumber] })]).violation).toMatchObject({
      code: "no-principal-applicant",
    });
    expect(run([plan({ linkedActivityIds: ["act-9"] })]).violation).toMatchObject({
      code: "activity-not-found",
    });
    expect(run([plan({ submissionDeadline: "2026-05-01" })]).violation).toMatchObject({
      code: "deadline-passed",
    });
    expect(() => run([plan({ amountRequestedSek: 10.5 })])).toThrow();
  });

  it("R7 the submission deadline is an obligation: due soon, fulfilled by submitting, lapsed by withdrawing", () => {
    const planned = foldFunding(run([plan()]).events);
    if (!planned) throw new Error("not planned");
    expect(fundingObligations(planned, d("2026-08-01"), null)).toEqual([
      expect.objectContaining({
        id: "funding-application-submission:vinnova-2026",
        rule: "R7",
        dueOn: "2026-09-15",
        status: "upcoming",
      }),
    ]);
    expect(fundingObligations(planned, d("2026-09-16"), null)[0]?.status).toBe("overdue");
    const submitted = foldFunding(
      run([plan(), { type: "SubmitFundingApplication", actor, submittedOn: "2026-09-10" }]).events,
    );
    expect(
      fundingObligations(submitted as NonNullable<typeof submitted>, d("2026-09-10"), null)[0]
        ?.status,
    ).toBe("fulfilled");
    const withdrawn = foldFunding(
      run([plan(), { type: "WithdrawFundingApplication", actor, withdrawnOn: "2026-07-01" }])
        .events,
    );
    expect(
      fundingObligations(withdrawn as NonNullable<typeof withdrawn>, d("2026-08-01"), null)[0]
        ?.status,
    ).toBe("lapsed");
  });

  it("R22 R7 a deadline is reminded 14 and 3 days ahead, to the applicants", () => {
    const planned = foldFunding(run([plan()]).events) as NonNullable<
      ReturnType<typeof foldFunding>
    >;
    // Lead times are the letter's policy (D-25); this letter's coordinators chose 14 and 3 days.
    const policy = reminderPolicyOf({ leadDays: [14, 3], digest: false });
    expect(fundingReminders(planned, d("2026-08-31"), null, policy)).toEqual([]);
    expect(fundingReminders(planned, d("2026-09-01"), null, policy)).toEqual([
      expect.objectContaining({
        kind: "due-in-14-days",
        recipients: [LTU.orgNumber, NOK.orgNumber],
      }),
    ]);
    expect(fundingReminders(planned, d("2026-09-12"), null, policy)).toEqual([
      expect.objectContaining({ kind: "due-in-3-days" }),
    ]);
    expect(fundingReminders(planned, d("2026-09-20"), null, policy)).toEqual([]);
  });

  it("R20 a funding deadline after the letter's end lapses with it", () => {
    const noticed = stateOf(
      historyOf(
        [{ type: "GiveTerminationNotice", actor: signatoryOf(NOK), receivedOn: "2026-05-15" }],
        signedLetter("2025-10-01"),
      ),
    );
    const planned = foldFunding(run([plan()]).events) as NonNullable<
      ReturnType<typeof foldFunding>
    >;
    expect(
      fundingObligations(planned, d("2026-08-16"), noticed.notice?.endsOn ?? null)[0]?.status,
    ).toBe("lapsed");
  });
});
