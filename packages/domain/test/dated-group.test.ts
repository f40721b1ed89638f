import { describe, expect, it } from "vitest";
import { MAX_GROUP_APPOINTMENTS } from "../src/index";
import { coordinatorOf, LTU, NOK } from "./support/fixtures";
import { givenLetter, historyOf } from "./support/given-when-then";
import { signedLetter, stateOf } from "./support/letters";

const both = [
  { name: "Nora", orgNumber: NOK.orgNumber },
  { name: "Lars", orgNumber: LTU.orgNumber },
];
const appoint = (setOn: string, members = both) => ({
  type: "SetCollaborationGroup",
  actor: coordinatorOf(NOK),
  members,
  setOn,
});
const schedule = {
  type: "ScheduleDialog",
  actor: coordinatorOf(NOK),
  dialogId: "d",
  scheduledOn: "2026-06-10",
};
const basis = (submittedOn: string) => ({
  type: "SubmitDialogBasis",
  actor: coordinatorOf(NOK),
  dialogId: "d",
  submittedOn,
  summary: "Behov från inlandet",
});

describe("D-22 the collaboration group is dated", () => {
  it("R12 D-22 a basis dated before the group with both parties was appointed is refused", () => {
    const events = historyOf([appoint("2026-05-01"), schedule], signedLetter("2025-10-01"));
    const refused = givenLetter(...events)
      .when(basis("2026-04-20"))
      .thenRefuses("R12", "collaboration-group-incomplete");
    expect(refused.details).toMatchObject({
      partiesWithoutMembers: [NOK.orgNumber, LTU.orgNumber],
    });
    givenLetter(...events)
      .when(basis("2026-05-02"))
      .thenAccepted();
  });

  it("R12 D-22 a group that lost one party's member no longer prepares a basis from that day", () => {
    const events = historyOf(
      [appoint("2026-03-01"), appoint("2026-05-01", [both[0] as (typeof both)[0]]), schedule],
      signedLetter("2025-10-01"),
    );
    givenLetter(...events)
      .when(basis("2026-04-01"))
      .thenAccepted();
    givenLetter(...events)
      .when(basis("2026-05-15"))
      .thenRefuses("R12", "collaboration-group-incomplete");
  });

  it(`R9 D-22 the head keeps the latest ${MAX_GROUP_APPOINTMENTS} appointments, in date order`, () => {
    const days = Array.from(
      { length: 30 },
      (_, i) => `2026-0${1 + (i % 9)}-${String(10 + (i % 18)).padStart(2, "0")}`,
    );
    const events = historyOf(
      days.map((day) => appoint(day)),
      signedLetter("2025-10-01"),
    );
    const kept = stateOf(events).groupAppointments.map((a) => a.appointedOn);
    expect(kept).toHaveLength(MAX_GROUP_APPOINTMENTS);
    expect(kept).toEqual([...kept].sort());
    expect(kept.at(-1)).toBe([...days].sort().at(-1));
  });
});
