import { describe, expect, it } from "vitest";
import { letterAsOf, letterObligations } from "../src/index";
import { LTU, NOK, signatoryOf } from "./support/fixtures";
import { historyOf } from "./support/given-when-then";
import { d, holdDialog, letterWithGroup, signedLetter, stateOf } from "./support/letters";

const noticeOn = (receivedOn: string) =>
  historyOf(
    [{ type: "GiveTerminationNotice", actor: signatoryOf(LTU), receivedOn }],
    signedLetter("2025-10-01"),
  );

describe("D-21 as of a date, only the facts dated on or before it", () => {
  it("R21 R18 a notice received after the date neither shows nor removes obligations", () => {
    const withoutNotice = stateOf(signedLetter("2025-10-01"));
    const withLaterNotice = stateOf(noticeOn("2026-02-10"));
    const view = letterAsOf(withLaterNotice, d("2026-02-01"));
    expect(view.status).toBe("in-force");
    expect(view.notice).toBeNull();
    expect(view.obligations).toEqual(letterObligations(withoutNotice, d("2026-02-01")));
    // The three obligations not yet begun (the next half-year, year and review) are all there.
    expect(view.obligations.map((o) => o.id)).toEqual(
      letterAsOf(withoutNotice, d("2026-02-01")).obligations.map((o) => o.id),
    );
    expect(letterAsOf(withLaterNotice, d("2026-02-10")).notice?.receivedOn).toBe("2026-02-10");
  });

  it("R17 a signature dated after the date does not show, and the letter is a draft then", () => {
    const letter = stateOf(signedLetter("2025-10-01"));
    const before = letterAsOf(letter, d("2025-09-30"));
    expect(before).toMatchObject({ status: "draft", inForceFrom: null, signatures: [] });
    expect(before.obligations).toEqual([]);
  });

  it("R10 a dialog held after the date does not fulfil the half-year as of that date", () => {
    const events = historyOf(holdDialog("spring", "2026-05-20"), letterWithGroup("2025-10-01"));
    const asOfBefore = letterObligations(stateOf(events), d("2026-05-19"));
    const asOfAfter = letterObligations(stateOf(events), d("2026-05-20"));
    const half = (list: typeof asOfBefore) => list.find((o) => o.id.includes("2026-H1"));
    expect(half(asOfBefore)?.status).not.toBe("fulfilled");
    expect(half(asOfAfter)?.status).toBe("fulfilled");
  });

  it("R18 the view as of the end's day says notice given; the day after, ended", () => {
    const letter = stateOf(noticeOn("2026-11-30"));
    expect(letterAsOf(letter, d("2027-02-28")).status).toBe("notice-given");
    expect(letterAsOf(letter, d("2027-03-01")).status).toBe("ended");
  });

  it("R19 NoK's notice after LTU's: the first one is what shows", () => {
    const events = noticeOn("2026-03-01");
    expect(
      historyOf.bind(
        null,
        [{ type: "GiveTerminationNotice", actor: signatoryOf(NOK), receivedOn: "2026-03-02" }],
        events,
      ),
    ).toThrow(/refused/);
  });
});
