import { describe, expect, it } from "vitest";
import {
  activityDecider,
  type Decider,
  DialogCommand,
  dialogDecider,
  FundingCommand,
  fundingDecider,
  LetterCommand,
  letterDecider,
  NeedCommand,
  needDecider,
  signedLtuNokLetterEvents,
} from "../src/index";
import { coordinatorOf, KIRUNA, LTU, NOK, planFunding } from "./support/fixtures";
import { d, holdDialog, letterWithGroup, signedLetter, stateOf } from "./support/letters";

// Issue #18 item 4: every aggregate is one `Decider<Command, State, Event>` that starts from its own
// initial state and says itself which stream each of its events belongs to; the command handler in
// core only asks (before, it tested `event.type === "NeedRegistered"` itself).

/** Decides `commands` one after another from the decider's initial state, as a new aggregate. */
function fromInitial<C, S, E>(
  decider: Decider<C, S, E>,
  letter: Parameters<Decider<C, S, E>["initialState"]>[0],
  commands: readonly C[],
) {
  let state = decider.initialState(letter);
  const events: E[] = [];
  for (const command of commands) {
    const decision = decider.decide(command, state);
    if (!decision.ok) throw new Error(decision.violation.message);
    state = decision.events.reduce(decider.evolve, state);
    events.push(...decision.events);
  }
  return { state, events };
}

describe("one decider shape for every aggregate (issue #18)", () => {
  const letter = stateOf(letterWithGroup("2025-10-01"));

  it("finding: only the letter's decider had an initial state — R17 the letter is drafted from its own", () => {
    expect(letterDecider.initialState()).toBeNull();
    const [drafted] = signedLtuNokLetterEvents({ letterId: "ltu-nok", signedOn: d("2025-10-01") });
    const decision = letterDecider.decide(
      LetterCommand.parse({ ...drafted, type: "DraftLetter", actor: coordinatorOf(LTU) }),
      letterDecider.initialState(),
    );
    // Drafting from nothing is accepted; anything else from nothing is refused as R17.
    expect(decision.ok).toBe(true);
    const sign = LetterCommand.parse({
      type: "SignLetter",
      actor: { sub: "s", orgNumber: LTU.orgNumber, roles: ["signatory"] },
      signedOn: "2025-10-01",
    });
    expect(letterDecider.decide(sign, letterDecider.initialState())).toMatchObject({
      ok: false,
      violation: { rule: "R17", code: "letter-not-drafted" },
    });
  });

  it("finding: only the letter's decider had an initial state — R10 R11 a dialog starts from its letter", () => {
    expect(dialogDecider.initialState(letter)).toEqual({ letter, dialog: null });
    const commands = holdDialog("d1", "2026-03-01").map((c) => DialogCommand.parse(c));
    const { state } = fromInitial(dialogDecider, letter, commands);
    expect(state.dialog).toMatchObject({ dialogId: "d1", record: { heldOn: "2026-03-01" } });
    expect(state.letter.openDialogs).toEqual([]);
  });

  it("finding: only the letter's decider had an initial state — R6 a need starts from its letter", () => {
    expect(needDecider.initialState(letter)).toEqual({ letter, need: null, dialog: null });
    const register = NeedCommand.parse({
      type: "RegisterNeed",
      actor: coordinatorOf(NOK),
      need: { needId: "n1", title: "Care staff", focusAreas: ["health-and-care"] },
      raisedBy: KIRUNA.orgNumber,
      raisedOn: "2026-02-10",
    });
    const { state } = fromInitial(needDecider, letter, [register]);
    expect(state.need).toMatchObject({ needId: "n1", raisedBy: { kind: "municipality" } });
  });

  it("finding: only the letter's decider had an initial state — R14 R7 an activity and an application start from their letter", () => {
    expect(activityDecider.initialState(letter)).toEqual({ letter, activity: null, needs: [] });
    expect(fundingDecider.initialState(letter)).toEqual({
      letter,
      application: null,
      activityIds: [],
    });
    // An application that links no activity needs nothing but its letter.
    const plan = FundingCommand.parse(planFunding({ linkedActivityIds: [] }));
    const { state } = fromInitial(fundingDecider, stateOf(signedLetter()), [plan]);
    expect(state.application).toMatchObject({ applicationId: "vinnova-2026", version: 1 });
  });

  it("finding: the generic handler knew about needs — R13 R6 a dialog's record puts each need it identified in that need's own stream", () => {
    const [schedule, record] = holdDialog("d1", "2026-03-01");
    const withNeeds = DialogCommand.parse({
      ...record,
      needsReview: {
        needs: [
          { needId: "n1", title: "Care staff", focusAreas: ["health-and-care"] },
          { needId: "n2", title: "Teachers", focusAreas: ["education"] },
        ],
      },
    });
    const { events } = fromInitial(dialogDecider, letter, [
      DialogCommand.parse(schedule),
      withNeeds,
    ]);
    expect(events.map((event) => [event.type, dialogDecider.streamOf(event, "dialog:d1")])).toEqual(
      [
        ["DialogScheduled", "dialog:d1"],
        ["DialogRecorded", "dialog:d1"],
        ["NeedRegistered", "need:n1"],
        ["NeedRegistered", "need:n2"],
      ],
    );
  });

  it("finding: the generic handler knew about needs — every other aggregate keeps its events in its own stream", () => {
    const [drafted] = signedLetter();
    expect(letterDecider.streamOf(drafted as never, "letter")).toBe("letter");
    const need = { type: "NeedRegistered" } as never;
    expect(needDecider.streamOf(need, "need:n1")).toBe("need:n1");
    expect(activityDecider.streamOf({ type: "ActivityDefined" } as never, "activity:a1")).toBe(
      "activity:a1",
    );
    expect(
      fundingDecider.streamOf({ type: "FundingApplicationPlanned" } as never, "funding:f"),
    ).toBe("funding:f");
  });
});
