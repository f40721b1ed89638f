import { describe, expect, it } from "vitest";
import { letterAsOf, letterObligations } from "../src/index";
import { actor, coordinatorOf, LTU, NOK, OUTSIDER, signatoryOf } from "./support/fixtures";
import { givenLetter, historyOf } from "./support/given-when-then";
import { d, draftLetter, stateOf } from "./support/letters";

describe("a draft letter", () => {
  it("R17 the first signature is recorded but the letter stays a draft with no obligations", () => {
    const events = givenLetter(...draftLetter())
      .when({ type: "SignLetter", actor: signatoryOf(NOK), signedOn: "2026-02-01" })
      .then([
        {
          type: "LetterSigned",
          orgNumber: NOK.orgNumber,
          signedOn: d("2026-02-01"),
          signedBy: {
            sub: "norrbottens kommuner-person",
            name: "A person at Norrbottens Kommuner",
          },
        },
      ]);
    const letter = stateOf([...draftLetter(), ...events]);
    expect(letterAsOf(letter, d("2027-12-31")).status).toBe("draft");
    expect(letterObligations(letter, d("2030-01-01"))).toEqual([]);
  });

  it("R17 enters into force on the day the last principal party signs", () => {
    const afterNok = historyOf(
      [{ type: "SignLetter", actor: signatoryOf(NOK), signedOn: "2026-02-01" }],
      draftLetter(),
    );
    const events = givenLetter(...afterNok)
      .when({ type: "SignLetter", actor: signatoryOf(LTU), signedOn: "2026-02-10" })
      .thenAccepted();
    expect(events.map((e) => e.type)).toEqual(["LetterSigned", "LetterEnteredIntoForce"]);
    expect(events[1]).toEqual({ type: "LetterEnteredIntoForce", inForceFrom: "2026-02-10" });
    const letter = stateOf([...afterNok, ...events]);
    expect(letterAsOf(letter, d("2026-02-09")).status).toBe("draft");
    expect(letterAsOf(letter, d("2026-02-10")).status).toBe("in-force");
  });

  it("R17 a signature recorded with an earlier date than the other still makes the later one the day of entry into force", () => {
    const afterLtu = historyOf(
      [{ type: "SignLetter", actor: signatoryOf(LTU), signedOn: "2026-03-05" }],
      draftLetter(),
    );
    const events = givenLetter(...afterLtu)
      .when({ type: "SignLetter", actor: signatoryOf(NOK), signedOn: "2026-03-01" })
      .thenAccepted();
    expect(events[1]).toEqual({ type: "LetterEnteredIntoForce", inForceFrom: "2026-03-05" });
  });

  it("R17 refuses a second signature by the same party", () => {
    const afterNok = historyOf(
      [{ type: "SignLetter", actor: signatoryOf(NOK), signedOn: "2026-02-01" }],
      draftLetter(),
    );
    givenLetter(...afterNok)
      .when({ type: "SignLetter", actor: signatoryOf(NOK), signedOn: "2026-02-02" })
      .thenRefuses("R17", "already-signed");
  });

  it("R17 refuses any command on a letter that was never drafted", () => {
    givenLetter()
      .when({ type: "SignLetter", actor: signatoryOf(NOK), signedOn: "2026-02-02" })
      .thenRefuses("R17", "letter-not-drafted");
  });

  it("R16 refuses a signature by a coordinator who is not a signatory", () => {
    givenLetter(...draftLetter())
      .when({ type: "SignLetter", actor: coordinatorOf(LTU), signedOn: "2026-02-01" })
      .thenRefuses("R16", "not-a-signatory");
  });

  it("R16 a viewer cannot sign either, whatever organisation", () => {
    givenLetter(...draftLetter())
      .when({
        type: "SignLetter",
        actor: actor(NOK, ["viewer", "coordinator"]),
        signedOn: "2026-02-01",
      })
      .thenRefuses("R16", "not-a-signatory");
  });

  it("R1 refuses a signature by an organisation that is not a principal party", () => {
    givenLetter(...draftLetter())
      .when({ type: "SignLetter", actor: signatoryOf(OUTSIDER), signedOn: "2026-02-01" })
      .thenRefuses("R1", "not-a-party");
  });
});
