import { describe, expect, it } from "vitest";
import { coordinatorOf, KIRUNA, LTU, NOK, OUTSIDER } from "./support/fixtures";
import { givenLetter, historyOf } from "./support/given-when-then";
import { d, draftLetter, signedLetter } from "./support/letters";

const need: Record<string, unknown> = {
  needId: "n-1",
  title: "Digital skills for care staff",
  description: "Home care in the inland",
  focusAreas: ["health-and-care", "digitalisation"],
};
const register = (
  raisedBy: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> => ({
  type: "RegisterNeed" as const,
  actor: coordinatorOf(NOK),
  need,
  raisedBy,
  raisedOn: "2026-02-10",
  ...extra,
});

describe("R6 needs and who raised them", () => {
  it("R6 a member municipality raises a need, recorded with who, when and which focus areas", () => {
    givenLetter(...signedLetter())
      .when(register(KIRUNA.orgNumber))
      .then([
        {
          type: "NeedRegistered",
          ...need,
          focusAreas: ["health-and-care", "digitalisation"],
          raisedBy: { kind: "municipality", orgNumber: KIRUNA.orgNumber },
          raisedOn: d("2026-02-10"),
        } as never,
      ]);
  });

  it("R6 a principal party raises a need, with or without the dash in its number", () => {
    const events = givenLetter(...signedLetter())
      .when(register("2021002841"))
      .thenAccepted();
    expect(events[0]).toMatchObject({ raisedBy: { kind: "party", orgNumber: LTU.orgNumber } });
  });

  it("R6 refuses a need raised by an organisation that is neither party nor member municipality", () => {
    givenLetter(...signedLetter())
      .when(register(OUTSIDER.orgNumber))
      .thenRefuses("R6", "unknown-need-source");
  });

  it("R6 refuses a need that names an unknown dialog, or reuses an id", () => {
    givenLetter(...signedLetter())
      .when(register(KIRUNA.orgNumber, { dialogId: "ghost" }))
      .thenRefuses("R6", "dialog-not-found");
    const registered = historyOf([register(KIRUNA.orgNumber)], signedLetter());
    givenLetter(...registered)
      .when(register(LTU.orgNumber))
      .thenRefuses("R6", "need-exists");
  });

  it("R6 refuses needs on a draft letter", () => {
    givenLetter(...draftLetter())
      .when(register(KIRUNA.orgNumber))
      .thenRefuses("R17", "letter-not-in-force");
  });

  it("finding: focus areas are the letter's, not a fixed list — R4 a need touches at least one of the letter's focus areas", () => {
    expect(() =>
      givenLetter(...signedLetter()).when({
        ...register(KIRUNA.orgNumber),
        need: { ...need, focusAreas: [] },
      }),
    ).toThrow(/focus area/);
    givenLetter(...signedLetter())
      .when({ ...register(KIRUNA.orgNumber), need: { ...need, focusAreas: ["tourism"] } })
      .thenRefuses("R4", "focus-area-outside-letter");
  });
});

describe("R16 who may register a need", () => {
  it("R16 a member municipality's coordinator registers the needs it raises itself, not others'", () => {
    givenLetter(...signedLetter())
      .when(register(KIRUNA.orgNumber, { actor: coordinatorOf(KIRUNA) }))
      .thenAccepted();
    givenLetter(...signedLetter())
      .when(register(NOK.orgNumber, { actor: coordinatorOf(KIRUNA) }))
      .thenRefuses("R16", "not-allowed-to-register-need");
  });

  it("R16 only a coordinator registers needs; an outsider's coordinator may not", () => {
    givenLetter(...signedLetter())
      .when(register(KIRUNA.orgNumber, { actor: { ...coordinatorOf(NOK), roles: ["viewer"] } }))
      .thenRefuses("R16", "coordinator-role-required");
    givenLetter(...signedLetter())
      .when(register(OUTSIDER.orgNumber, { actor: coordinatorOf(OUTSIDER) }))
      .thenRefuses("R16", "not-allowed-to-register-need");
  });
});
