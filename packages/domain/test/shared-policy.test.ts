import { describe, expect, it } from "vitest";
import {
  catchUpKey,
  letterReminderPolicy,
  letterReminders,
  letterWatches,
  obligationReminders,
  POLICY_PROPOSAL_WATCH,
  policyChangedWatch,
  reminderPolicyOf,
} from "../src/index";
import { actor, coordinatorOf, KIRUNA, LTU, NOK, viewerOf } from "./support/fixtures";
import { givenLetter, historyOf } from "./support/given-when-then";
import { d, letterWithGroup, stateOf } from "./support/letters";

const propose = (
  by = coordinatorOf(NOK),
  leadDays = [0],
  proposalId = "p1",
  on = "2026-03-01",
) => ({
  type: "ProposeReminderPolicy",
  actor: by,
  proposalId,
  policy: { leadDays, digest: false },
  on,
});
const answer = (
  type: "AcceptReminderPolicy" | "DeclineReminderPolicy" | "WithdrawReminderPolicy",
  by = coordinatorOf(LTU),
  proposalId = "p1",
  on = "2026-03-02",
) => ({ type, actor: by, proposalId, on });
const proposed = () => historyOf([propose()], letterWithGroup());

describe("R23 D-31 finding: one party can switch off the other's reminders — a proposal takes effect only when the other party accepts", () => {
  it("R23 a coordinator of a principal party proposes; the proposal is in the trail and the policy in force is unchanged", () => {
    const events = givenLetter(...letterWithGroup())
      .when(propose())
      .then([
        {
          type: "ReminderPolicyProposed",
          proposalId: "p1",
          policy: { leadDays: [0], digest: false },
          proposedOn: d("2026-03-01"),
          proposedBy: {
            orgNumber: NOK.orgNumber,
            sub: coordinatorOf(NOK).sub,
            name: coordinatorOf(NOK).name as string,
          },
        },
      ]);
    const letter = stateOf([...letterWithGroup(), ...events]);
    expect(letter.reminderPolicy?.agreed).toBeNull();
    expect(letter.reminderPolicy?.pending?.proposalId).toBe("p1");
    // Until LTU accepts, the default lead times apply (D-25).
    expect(letterReminderPolicy(letter).leadDays["dialog-basis"]).toEqual([30, 14, 7, 1]);
  });

  it("R23 the proposing party cannot accept or decline its own proposal; the other party can", () => {
    givenLetter(...proposed())
      .when(answer("AcceptReminderPolicy", coordinatorOf(NOK)))
      .thenRefuses("R23", "own-proposal");
    givenLetter(...proposed())
      .when(answer("DeclineReminderPolicy", actor(NOK, ["coordinator"], "another-nok-person")))
      .thenRefuses("R23", "own-proposal");
    const accepted = historyOf([answer("AcceptReminderPolicy")], proposed());
    const letter = stateOf(accepted);
    expect(letter.reminderPolicy?.pending).toBeNull();
    expect(letter.reminderPolicy?.agreed).toMatchObject({
      policy: { leadDays: [0], digest: false },
      proposedBy: { orgNumber: NOK.orgNumber },
      acceptedBy: { orgNumber: LTU.orgNumber, sub: coordinatorOf(LTU).sub },
      acceptedOn: "2026-03-02",
    });
    expect(letterReminderPolicy(letter)).toMatchObject({ since: "2026-03-02" });
    expect(letterReminderPolicy(letter).leadDays["half-year-dialog"]).toEqual([0]);
  });

  it("R23 a declined proposal leaves the policy as it was; a withdrawn one too, and only its party withdraws it", () => {
    const declined = stateOf(historyOf([answer("DeclineReminderPolicy")], proposed()));
    expect(declined.reminderPolicy).toEqual({ agreed: null, pending: null });
    givenLetter(...proposed())
      .when(answer("WithdrawReminderPolicy", coordinatorOf(LTU)))
      .thenRefuses("R23", "not-the-proposing-party");
    const withdrawn = stateOf(
      historyOf([answer("WithdrawReminderPolicy", coordinatorOf(NOK))], proposed()),
    );
    expect(withdrawn.reminderPolicy).toEqual({ agreed: null, pending: null });
  });

  it("R23 viewers, signatories without the coordinator role and other organisations neither propose nor answer", () => {
    givenLetter(...letterWithGroup())
      .when(propose(viewerOf(LTU)))
      .thenRefuses("R23", "coordinator-role-required");
    givenLetter(...letterWithGroup())
      .when(propose(coordinatorOf(KIRUNA)))
      .thenRefuses("R23", "not-a-principal-party");
    givenLetter(...proposed())
      .when(answer("AcceptReminderPolicy", viewerOf(LTU)))
      .thenRefuses("R23", "coordinator-role-required");
    givenLetter(...proposed())
      .when(answer("AcceptReminderPolicy", coordinatorOf(KIRUNA)))
      .thenRefuses("R23", "not-a-principal-party");
  });

  it("R23 at most one proposal is pending: a second is refused, naming the first; an answer names the pending one", () => {
    const refusal = givenLetter(...proposed())
      .when(propose(coordinatorOf(LTU), [14], "p2"))
      .thenRefuses("R23", "policy-proposal-pending");
    expect(refusal.details).toEqual({ proposalId: "p1" });
    givenLetter(...proposed())
      .when(answer("AcceptReminderPolicy", coordinatorOf(LTU), "p0"))
      .thenRefuses("R23", "policy-proposal-not-pending");
    givenLetter(...letterWithGroup())
      .when(answer("AcceptReminderPolicy"))
      .thenRefuses("R23", "policy-proposal-not-pending");
    // Once answered, it cannot be answered again.
    givenLetter(...historyOf([answer("AcceptReminderPolicy")], proposed()))
      .when(answer("DeclineReminderPolicy"))
      .thenRefuses("R23", "policy-proposal-not-pending");
  });

  it("R23 a proposal equal to the policy in force is refused (it would change nothing)", () => {
    const agreed = historyOf([answer("AcceptReminderPolicy")], proposed());
    givenLetter(...agreed)
      .when(propose(coordinatorOf(LTU), [0], "p2", "2026-03-03"))
      .thenRefuses("R23", "policy-unchanged");
  });

  it("R23 the other party is told once: the run's plan addresses the pending proposal to it alone, from the day it was made", () => {
    const letter = stateOf(proposed());
    const told = letterReminders(letter, d("2026-03-01")).filter(
      (r) => r.about.duty === "reminder-policy-proposal",
    );
    expect(told).toEqual([
      expect.objectContaining({
        key: "policy-proposal:p1#proposed",
        rule: "R23",
        recipients: [LTU.orgNumber],
        about: {
          duty: "reminder-policy-proposal",
          proposal: { proposalId: "p1", leadDays: [0], digest: false, proposedBy: NOK.orgNumber },
        },
      }),
    ]);
    // A command that day leaves a watch, so the next run tells it.
    const watches = letterWatches(letter, d("2026-03-01"), "from", letterReminderPolicy(letter));
    expect(watches).toContainEqual({ id: POLICY_PROPOSAL_WATCH, on: "2026-03-01" });
    const answered = stateOf(historyOf([answer("DeclineReminderPolicy")], proposed()));
    expect(
      letterReminders(answered, d("2026-03-02")).some(
        (r) => r.about.duty === "reminder-policy-proposal",
      ),
    ).toBe(false);
  });

  it("R22 an accepted change leaves a watch for its day, so that day's run re-plans the letter with it", () => {
    const letter = stateOf(historyOf([answer("AcceptReminderPolicy")], proposed()));
    const policy = letterReminderPolicy(letter);
    expect(letterWatches(letter, d("2026-03-02"), "from", policy)).toContainEqual({
      id: policyChangedWatch("p1"),
      on: "2026-03-02",
    });
    expect(
      letterWatches(letter, d("2026-03-02"), "after", policy).some(
        (w) => w.id === policyChangedWatch("p1"),
      ),
    ).toBe(false);
  });
});

describe("R22 D-31 finding: each new lead time re-sends every reminder — at most one catch-up per duty", () => {
  const duty = {
    id: "structure-review:2026",
    kind: "structure-review" as const,
    rule: "R15" as const,
    dueOn: d("2026-12-31"),
    status: "due-soon" as const,
    fulfilledBy: "a structure review",
    subject: { period: "2026" },
  };
  const plan = (leadDays: number[], on: string, since?: string) =>
    obligationReminders(
      [duty as never],
      d(on),
      [LTU.orgNumber],
      reminderPolicyOf({ leadDays, digest: false }, since ? d(since) : null),
      null,
    );

  it("R22 without a change of policy, each lead time has its own key (D-9)", () => {
    expect(plan([30, 14, 7, 1], "2026-12-26").map((r) => r.key)).toEqual([
      "structure-review:2026#due-in-7-days",
    ]);
  });

  it("R22 a window that opened before the policy took effect is a catch-up under one key per duty, sent only if the window had none", () => {
    // 7 → 8 days on 27 December: the 8-day window opened on 23 December, under the old policy.
    const [catchUp] = plan([30, 14, 8, 1], "2026-12-27", "2026-12-27");
    expect(catchUp).toMatchObject({
      key: catchUpKey("structure-review:2026"),
      catchUp: { obligationId: "structure-review:2026", windowOpenedOn: "2026-12-23" },
    });
    // Every later change gives the same key: a duty has at most one catch-up.
    const [again] = plan([30, 14, 9, 1], "2026-12-28", "2026-12-28");
    expect(again?.key).toBe(catchUp?.key);
    // A window that opens after the change is the policy's own, keyed by its lead time.
    expect(plan([30, 14, 7, 2], "2026-12-29", "2026-12-20").map((r) => r.key)).toEqual([
      "structure-review:2026#due-in-2-days",
    ]);
  });
});
