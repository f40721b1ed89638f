import { describe, expect, it } from "vitest";
import {
  addDays,
  type CalendarDate,
  isRecordedLate,
  LATE_RECORD_DAYS,
  lateRecordOf,
  letterAsOf,
  letterObligations,
  letterReminders,
  letterStatusAsOf,
} from "../src/index";
import { coordinatorOf, LTU, NOK, signatoryOf } from "./support/fixtures";
import { givenLetter, historyOf } from "./support/given-when-then";
import { d, holdDialog, letterWithGroup, signedLetter, stateOf } from "./support/letters";

const today = d("2026-12-04");
/** A notice by NoK dated 30 days back, recorded today: claimed (D-33). */
const claimedNotice = () =>
  historyOf(
    [
      {
        type: "GiveTerminationNotice",
        actor: signatoryOf(NOK),
        receivedOn: addDays(today, -30),
        today,
      },
    ],
    signedLetter("2025-10-01"),
  );
const acknowledge = (on: CalendarDate, by = signatoryOf(LTU)) => ({
  type: "AcknowledgeTerminationNotice",
  actor: by,
  acknowledgedOn: on,
  today: on,
});

describe("D-32 a fact recorded more than 14 days after its date is recorded late", () => {
  it("R10 R24 lateRecordOf names both dates of a dialog recorded six months after it was held", () => {
    const record = { type: "DialogRecorded", heldOn: d("2026-06-01") };
    expect(lateRecordOf(record, d("2026-12-01"))).toEqual({
      factOn: "2026-06-01",
      recordedOn: "2026-12-01",
    });
    expect(lateRecordOf(record, addDays(d("2026-06-01"), LATE_RECORD_DAYS))).toBeNull();
    expect(isRecordedLate(d("2026-06-01"), addDays(d("2026-06-01"), LATE_RECORD_DAYS + 1))).toBe(
      true,
    );
    expect(lateRecordOf({ type: "DialogScheduled" }, d("2026-12-01"))).toBeNull();
  });

  it("finding: a missed dialog can be made to look kept — R10 R11 a dialog recorded six months after it was held carries the day it was recorded", () => {
    const scheduled = historyOf(
      [
        {
          type: "ScheduleDialog",
          actor: coordinatorOf(NOK),
          dialogId: "june",
          scheduledOn: addDays(today, -180),
        },
      ],
      letterWithGroup("2025-10-01"),
    );
    const [, record] = holdDialog("june", addDays(today, -180));
    const [recorded] = givenLetter(...scheduled)
      .when({ ...(record as object), today })
      .thenAccepted();
    expect(recorded).toMatchObject({
      type: "DialogRecorded",
      heldOn: addDays(today, -180),
      recordedOn: today,
    });
    const [inTime] = givenLetter(...scheduled)
      .when({ ...(record as object), heldOn: addDays(today, -LATE_RECORD_DAYS), today })
      .thenAccepted();
    expect(inTime).not.toHaveProperty("recordedOn");
  });
});

describe("D-33 a notice dated more than 14 days back takes effect only when acknowledged", () => {
  it("finding: a notice can be dated weeks back by the giving party alone — R18 R19 a notice dated 30 days back is only claimed: the letter stays in force and its duties run", () => {
    const letter = stateOf(claimedNotice());
    expect(letter.notice).toBeNull();
    expect(letter.claimedNotice).toMatchObject({ givenBy: NOK.orgNumber, recordedOn: today });
    const view = letterAsOf(letter, today);
    expect(view.status).toBe("in-force");
    expect(view.notice).toBeNull();
    expect(view.claimedNotice?.receivedOn).toBe(addDays(today, -30));
    expect(view.obligations.some((o) => o.status === "lapsing")).toBe(false);
  });

  it("R18 R16 a signatory of the other principal party acknowledges it: then it takes effect with its end date", () => {
    const events = claimedNotice();
    const acked = historyOf([acknowledge(addDays(today, 1))], events);
    const letter = stateOf(acked);
    expect(letter.claimedNotice).toBeNull();
    expect(letter.notice?.acknowledgement).toMatchObject({
      acknowledgedBy: LTU.orgNumber,
      acknowledgedOn: addDays(today, 1),
    });
    expect(letterStatusAsOf(letter, addDays(today, 1))).toBe("notice-given");
    // D-21: as of the day before the receipt the notice was only claimed.
    const before = letterAsOf(letter, today);
    expect(before.status).toBe("in-force");
    expect(before.claimedNotice?.endsOn).toBe(letter.notice?.endsOn);
  });

  it("R19 R16 the party that gave it cannot acknowledge it, nor can a coordinator of the other party", () => {
    givenLetter(...claimedNotice())
      .when(acknowledge(today, signatoryOf(NOK)))
      .thenRefuses("R19", "acknowledgement-by-other-party-only");
    givenLetter(...claimedNotice())
      .when(acknowledge(today, coordinatorOf(LTU)))
      .thenRefuses("R16", "not-a-signatory");
    givenLetter(...signedLetter("2025-10-01"))
      .when(acknowledge(today))
      .thenRefuses("R18", "no-claimed-notice");
  });

  it("R18 a claimed notice whose period is over by the acknowledgement cannot take effect", () => {
    givenLetter(...claimedNotice())
      .when(acknowledge(addDays(today, 70)))
      .thenRefuses("R18", "notice-period-already-over");
  });

  it("R18 a notice recorded within 14 days takes effect at once", () => {
    const events = historyOf(
      [
        {
          type: "GiveTerminationNotice",
          actor: signatoryOf(NOK),
          receivedOn: addDays(today, -LATE_RECORD_DAYS),
          today,
        },
      ],
      signedLetter("2025-10-01"),
    );
    expect(letterStatusAsOf(stateOf(events), today)).toBe("notice-given");
  });

  it("R18 a notice whose period is already over is refused (notice-period-already-over)", () => {
    givenLetter(...signedLetter("2025-10-01"))
      .when({
        type: "GiveTerminationNotice",
        actor: signatoryOf(NOK),
        receivedOn: addDays(today, -120),
        today,
      })
      .thenRefuses("R18", "notice-period-already-over");
  });
});

describe("R20 duties due after the end of a letter under notice", () => {
  it("finding: after notice, duties past the end are shown as upcoming — R20 R22 they are lapsing, and nobody is reminded of them", () => {
    const events = historyOf(
      [{ type: "GiveTerminationNotice", actor: signatoryOf(LTU), receivedOn: "2026-12-03" }],
      signedLetter("2025-10-01"),
    );
    const letter = stateOf(events);
    const endsOn = letter.notice?.endsOn as CalendarDate;
    expect(endsOn).toBe("2027-03-03");
    for (let day = d("2026-12-03"); day <= endsOn; day = addDays(day, 7)) {
      const lapsing = letterObligations(letter, day).filter((o) => o.dueOn > endsOn);
      expect(lapsing.map((o) => o.status)).toEqual(lapsing.map(() => "lapsing"));
      expect(lapsing.map((o) => o.id)).toContain("half-year-dialog:2027-H1");
      const reminded = letterReminders(letter, day).map((r) => r.key);
      expect(reminded.filter((key) => lapsing.some((o) => key.startsWith(o.id)))).toEqual([]);
    }
  });
});

describe("D-21 as of a day, the obligations known then", () => {
  it("finding: as of forgets a basis that was due — R12 the basis of a dialog held later is listed as of a day before it", () => {
    const scheduled = historyOf(
      [
        {
          type: "ScheduleDialog",
          actor: coordinatorOf(NOK),
          dialogId: "d1",
          scheduledOn: "2026-09-15",
        },
      ],
      letterWithGroup("2026-01-02"),
    );
    const basisOf = (events: typeof scheduled) =>
      letterObligations(stateOf(events), d("2026-08-01"))
        .filter((o) => o.kind === "dialog-basis")
        .map((o) => [o.id, o.dueOn, o.status]);
    expect(basisOf(scheduled)).toEqual([["dialog-basis:d1", "2026-09-01", "upcoming"]]);
    const recorded = historyOf([holdDialog("d1", "2026-09-15")[1] as object], scheduled);
    expect(basisOf(recorded)).toEqual([["dialog-basis:d1", "2026-09-01", "upcoming"]]);
    // As of the day it was held, the dialog is held: its basis is history (R12).
    expect(
      letterObligations(stateOf(recorded), d("2026-09-15")).filter(
        (o) => o.kind === "dialog-basis",
      ),
    ).toEqual([]);
  });
});

describe("R19 a claimed notice is a notice given", () => {
  it("R19 D-33 another notice dated back is refused with the claim's end date; one recorded in time replaces the claim", () => {
    const events = claimedNotice();
    givenLetter(...events)
      .when({
        type: "GiveTerminationNotice",
        actor: signatoryOf(LTU),
        receivedOn: addDays(today, -20),
        today,
      })
      .thenRefuses("R19", "notice-already-given");
    const timely = historyOf(
      [{ type: "GiveTerminationNotice", actor: signatoryOf(NOK), receivedOn: today, today }],
      events,
    );
    const letter = stateOf(timely);
    expect(letter.claimedNotice).toBeNull();
    expect(letter.notice?.receivedOn).toBe(today);
  });
});
