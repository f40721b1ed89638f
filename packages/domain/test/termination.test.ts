import { describe, expect, it } from "vitest";
import { letterAsOf, letterStatusAsOf, noticeEndDate } from "../src/index";
import { coordinatorOf, LTU, NOK, OUTSIDER, signatoryOf } from "./support/fixtures";
import { givenLetter, historyOf } from "./support/given-when-then";
import { d, draftLetter, signedLetter, stateOf } from "./support/letters";

describe("R18 D-6 the end date of a three months' notice", () => {
  it.each([
    ["2026-11-30", "2027-02-28", "the letter's own example: February has no 30th"],
    ["2026-08-31", "2026-11-30", "the letter's own example: November has no 31st"],
    ["2027-11-30", "2028-02-29", "the letter's own example: a leap year's February"],
    ["2026-11-29", "2027-02-28", "29th into a common February"],
    ["2027-11-29", "2028-02-29", "29th into a leap February"],
    ["2026-11-28", "2027-02-28", "a day every month has"],
    ["2026-10-31", "2027-01-31", "31st into a 31-day month"],
    ["2026-12-31", "2027-03-31", "across the year end"],
    ["2027-01-31", "2027-04-30", "31st into a 30-day month"],
    ["2027-03-31", "2027-06-30", "March 31st to June"],
    ["2027-05-31", "2027-08-31", "May 31st to August"],
    ["2027-06-30", "2027-09-30", "30th into a 30-day month"],
    ["2027-07-31", "2027-10-31", "July 31st to October"],
    ["2027-09-30", "2027-12-30", "30th into a 31-day month keeps the 30th"],
    ["2027-02-28", "2027-05-28", "February's last day is not moved to May's last"],
    ["2028-02-29", "2028-05-29", "leap day"],
  ])("R18 notice received %s ends the letter at the end of %s (%s)", (receivedOn, endsOn) => {
    expect(noticeEndDate(d(receivedOn), 3)).toBe(endsOn);
  });

  it("R18 the length of notice is a term: 6 months from 31 Aug ends on 28 Feb", () => {
    expect(noticeEndDate(d("2026-08-31"), 6)).toBe("2027-02-28");
  });

  it("R18 a notice given on 30 Nov 2026 is recorded with its end date, and the letter is in force to the end of that day", () => {
    const events = givenLetter(...signedLetter())
      .when({ type: "GiveTerminationNotice", actor: signatoryOf(LTU), receivedOn: "2026-11-30" })
      .then([
        {
          type: "TerminationNoticeGiven",
          givenBy: LTU.orgNumber,
          receivedOn: d("2026-11-30"),
          endsOn: d("2027-02-28"),
          signedBy: {
            sub: "luleå tekniska universitet-person",
            name: "A person at Luleå tekniska universitet",
          },
        },
      ]);
    const letter = stateOf([...signedLetter(), ...events]);
    expect(letterStatusAsOf(letter, d("2026-11-29"))).toBe("in-force");
    expect(letterStatusAsOf(letter, d("2026-11-30"))).toBe("notice-given");
    expect(letterStatusAsOf(letter, d("2027-02-28"))).toBe("notice-given");
    expect(letterStatusAsOf(letter, d("2027-03-01"))).toBe("ended");
    expect(letterAsOf(letter, d("2026-11-01")).notice).toBeNull();
    expect(letterAsOf(letter, d("2026-12-01")).notice?.endsOn).toBe("2027-02-28");
  });

  it("R18 either principal party may give notice", () => {
    givenLetter(...signedLetter())
      .when({ type: "GiveTerminationNotice", actor: signatoryOf(NOK), receivedOn: "2026-08-31" })
      .thenAccepted();
  });
});

describe("R19 who may give notice, and when", () => {
  it("R19 refuses notice on a draft letter", () => {
    givenLetter(...draftLetter())
      .when({ type: "GiveTerminationNotice", actor: signatoryOf(NOK), receivedOn: "2026-11-30" })
      .thenRefuses("R19", "letter-not-in-force");
  });

  it("R19 refuses notice dated before the letter entered into force", () => {
    givenLetter(...signedLetter("2026-06-01"))
      .when({ type: "GiveTerminationNotice", actor: signatoryOf(NOK), receivedOn: "2026-05-31" })
      .thenRefuses("R19", "letter-not-in-force");
  });

  it("R19 refuses a second notice while one is running, with the first one's end date", () => {
    const noticed = historyOf(
      [{ type: "GiveTerminationNotice", actor: signatoryOf(NOK), receivedOn: "2026-11-30" }],
      signedLetter(),
    );
    const refusal = givenLetter(...noticed)
      .when({ type: "GiveTerminationNotice", actor: signatoryOf(LTU), receivedOn: "2026-12-15" })
      .thenRefuses("R19", "notice-already-given");
    expect(refusal.details).toMatchObject({ endsOn: "2027-02-28", givenBy: NOK.orgNumber });
    expect(refusal.message).toContain("2027-02-28");
  });

  it("R19 refuses notice after the letter has ended", () => {
    const noticed = historyOf(
      [{ type: "GiveTerminationNotice", actor: signatoryOf(NOK), receivedOn: "2026-11-30" }],
      signedLetter(),
    );
    givenLetter(...noticed)
      .when({ type: "GiveTerminationNotice", actor: signatoryOf(NOK), receivedOn: "2027-06-01" })
      .thenRefuses("R19", "notice-already-given");
  });

  it("R19 refuses notice from an organisation that is not a party", () => {
    givenLetter(...signedLetter())
      .when({
        type: "GiveTerminationNotice",
        actor: signatoryOf(OUTSIDER),
        receivedOn: "2026-11-30",
      })
      .thenRefuses("R19", "notice-by-non-party");
  });

  it("R16 refuses notice from a party's coordinator who is not its signatory", () => {
    givenLetter(...signedLetter())
      .when({ type: "GiveTerminationNotice", actor: coordinatorOf(LTU), receivedOn: "2026-11-30" })
      .thenRefuses("R16", "not-a-signatory");
  });
});

describe("R20 recording the end", () => {
  const noticed = () =>
    historyOf(
      [{ type: "GiveTerminationNotice", actor: signatoryOf(NOK), receivedOn: "2026-11-30" }],
      signedLetter(),
    );

  it("R20 the scheduled run records the end once the notice period is over", () => {
    givenLetter(...noticed())
      .when({ type: "RecordLetterEnded", asOf: "2027-03-01" })
      .then([
        {
          type: "LetterEnded",
          endedOn: d("2027-02-28"),
          lapsedObligations: [
            "half-year-dialog:2027-H1",
            "annual-needs-review:2027",
            "structure-review:2027",
          ],
        },
      ]);
  });

  it("R20 refuses to record the end on the last day of the notice period, and twice", () => {
    givenLetter(...noticed())
      .when({ type: "RecordLetterEnded", asOf: "2027-02-28" })
      .thenRefuses("R20", "letter-not-ended");
    givenLetter(...signedLetter())
      .when({ type: "RecordLetterEnded", asOf: "2027-02-28" })
      .thenRefuses("R20", "letter-not-ended");
    const ended = historyOf([{ type: "RecordLetterEnded", asOf: "2027-03-01" }], noticed());
    givenLetter(...ended)
      .when({ type: "RecordLetterEnded", asOf: "2027-03-02" })
      .thenRefuses("R20", "letter-already-ended");
  });
});
