import { describe, expect, it } from "vitest";
import {
  DialogCommand,
  type DialogState,
  dialogDecider,
  keepEarliestRecords,
  type LetterHeadEvent,
  letterObligations,
  MAX_OPEN_DIALOGS,
  MAX_RECENTLY_HELD_DIALOGS,
} from "../src/index";
import { coordinatorOf, NOK } from "./support/fixtures";
import { givenLetter, historyOf } from "./support/given-when-then";
import { d, holdDialog, letterWithGroup, stateOf } from "./support/letters";

describe("the letter's head stays bounded however many dialogs are held", () => {
  it("R10 R13 a thousand held dialogs leave at most three dates per year in the head, and the same obligations", () => {
    // Folded one command at a time, as the application core does: decide against the state, evolve.
    let letter = stateOf(letterWithGroup("2025-10-01"));
    const days: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const day = new Date(Date.UTC(2025, 9, 2) + i * 86_400_000).toISOString().slice(0, 10);
      days.push(day);
      let state: DialogState = { letter, dialog: null };
      for (const command of holdDialog(`d${i}`, day, i % 3 === 0)) {
        const decision = dialogDecider.decide(DialogCommand.parse(command), state);
        if (!decision.ok) throw new Error(decision.violation.message);
        state = decision.events.reduce(dialogDecider.evolve, state);
      }
      letter = state.letter;
    }
    const years = new Set(days.map((day) => day.slice(0, 4))).size;
    expect(letter.heldDialogs.length).toBeLessThanOrEqual(3 * years);
    expect(letter.openDialogs).toEqual([]);
    expect(JSON.stringify(letter).length).toBeLessThan(4_000);
    const statuses = letterObligations(letter, d("2028-07-01")).map((o) => [o.id, o.status]);
    expect(statuses.filter(([, status]) => status === "fulfilled").length).toBeGreaterThan(5);
  });

  it("R10 keepEarliestRecords keeps the earliest of each half-year and the earliest review of each year", () => {
    const kept = keepEarliestRecords(
      [
        { heldOn: d("2026-03-01"), needsReview: false },
        { heldOn: d("2026-02-01"), needsReview: false },
        { heldOn: d("2026-05-01"), needsReview: true },
        { heldOn: d("2026-09-01"), needsReview: true },
        { heldOn: d("2026-10-01"), needsReview: false },
      ],
      2,
    );
    expect(kept).toEqual([
      { heldOn: "2026-02-01", needsReview: false },
      { heldOn: "2026-05-01", needsReview: true },
      { heldOn: "2026-09-01", needsReview: true },
    ]);
  });

  it(`R10 at most ${MAX_OPEN_DIALOGS} dialogs wait to be held at once (D-23)`, () => {
    const schedule = (i: number) => ({
      type: "ScheduleDialog",
      actor: coordinatorOf(NOK),
      dialogId: `open-${i}`,
      scheduledOn: "2026-06-01",
    });
    const events = historyOf(
      Array.from({ length: MAX_OPEN_DIALOGS }, (_, i) => schedule(i)),
      letterWithGroup("2025-10-01"),
    );
    givenLetter(...events)
      .when(schedule(MAX_OPEN_DIALOGS))
      .thenRefuses("R10", "too-many-open-dialogs");
    const recordOne = holdDialog("open-0", "2026-06-01")[1] as object;
    const afterRecord = historyOf([recordOne], events);
    expect(stateOf(afterRecord).openDialogs.length).toBe(MAX_OPEN_DIALOGS - 1);
    givenLetter(...afterRecord)
      .when(schedule(MAX_OPEN_DIALOGS))
      .thenAccepted();
  });

  it(`R12 D-23 the head keeps the latest ${MAX_RECENTLY_HELD_DIALOGS} held dialogs as they were open: as of any day from the earliest of them, the bases due then are listed`, () => {
    // 40 dialogs, each scheduled for the 20th of a month with its basis, held the 20th.
    const base = letterWithGroup("2025-10-01");
    const lives = Array.from({ length: 40 }, (_, i) => {
      const month = new Date(Date.UTC(2026, i, 20)).toISOString().slice(0, 10);
      return { dialogId: `m${i}`, on: d(month) };
    });
    const events: LetterHeadEvent[] = [
      ...base,
      ...lives.map(
        ({ dialogId, on }): LetterHeadEvent => ({
          type: "DialogScheduled",
          dialogId,
          scheduledOn: on,
        }),
      ),
      ...lives.map(
        ({ dialogId, on }): LetterHeadEvent => ({
          type: "DialogRecorded",
          dialogId,
          heldOn: on,
          topics: {
            outsideWorld: "a",
            trends: "b",
            futureChallenges: "c",
            directionAdjustments: "-",
          },
          needsReview: null,
        }),
      ),
    ];
    const letter = stateOf(events);
    expect(letter.recentlyHeld?.length).toBe(MAX_RECENTLY_HELD_DIALOGS);
    const earliestKept = letter.recentlyHeld?.[0]?.heldOn as string;
    expect(earliestKept).toBe(lives[40 - MAX_RECENTLY_HELD_DIALOGS]?.on);
    // From the earliest kept, every view lists the bases of the dialogs not yet held on that day.
    for (const { on } of lives.filter((life) => life.on >= earliestKept)) {
      const asOf = d(on);
      const bases = letterObligations(letter, asOf).filter((o) => o.kind === "dialog-basis");
      expect(bases.map((o) => o.subject.dialogId).sort()).toEqual(
        lives
          .filter((life) => life.on > asOf)
          .map((life) => life.dialogId)
          .sort(),
      );
    }
  });
});
