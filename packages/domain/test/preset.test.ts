import { describe, expect, it } from "vitest";
import {
  ActivityKind,
  FOCUS_AREAS,
  LetterCommand,
  LTU_NOK_FOCUS_AREAS,
  LTU_NOK_TERMS,
  ltuNokMembers,
  NORRBOTTEN_MUNICIPALITIES,
  parseOrgNumber,
  RULE_CLAUSES,
  RULE_IDS,
} from "../src/index";
import { coordinatorOf, KIRUNA, LTU, NOK, OUTSIDER } from "./support/fixtures";
import { givenLetter } from "./support/given-when-then";
import { signedLetter, stateOf } from "./support/letters";

describe("the LTU–NoK preset", () => {
  it("R1 binds exactly Norrbottens Kommuner 222000-0653 and Luleå tekniska universitet 202100-2841", () => {
    const letter = stateOf(signedLetter());
    expect(letter.parties).toEqual([
      { orgNumber: "222000-0653", name: "Norrbottens Kommuner" },
      { orgNumber: "202100-2841", name: "Luleå tekniska universitet" },
    ]);
    for (const party of letter.parties) expect(parseOrgNumber(party.orgNumber).ok).toBe(true);
  });

  it("R1 refuses a letter whose two parties are the same organisation", () => {
    givenLetter()
      .when({
        type: "DraftLetter",
        actor: coordinatorOf(NOK),
        letterId: "x",
        title: "Self-collaboration",
        parties: [NOK, NOK],
        terms: LTU_NOK_TERMS,
        focusAreas: ["education"],
        draftedOn: "2026-01-01",
      })
      .thenRefuses("R1", "parties-not-distinct");
  });

  it("R1 refuses a letter with three principal parties at the schema", () => {
    const parsed = LetterCommand.safeParse({
      type: "DraftLetter",
      actor: coordinatorOf(NOK),
      letterId: "x",
      title: "Three",
      parties: [NOK, LTU, OUTSIDER],
      terms: LTU_NOK_TERMS,
      focusAreas: ["education"],
      draftedOn: "2026-01-01",
    });
    expect(parsed.success).toBe(false);
  });

  it("R3 lists NoK's 14 municipalities and takes their numbers only from configuration", () => {
    expect(NORRBOTTEN_MUNICIPALITIES).toHaveLength(14);
    expect(new Set(NORRBOTTEN_MUNICIPALITIES).size).toBe(14);
    expect(NORRBOTTEN_MUNICIPALITIES).toContain("Övertorneå");
    expect(ltuNokMembers({})).toEqual({ ok: true, value: [] });
    expect(ltuNokMembers({ Kiruna: KIRUNA.orgNumber })).toEqual({
      ok: true,
      value: [{ name: "Kiruna", orgNumber: KIRUNA.orgNumber }],
    });
  });

  it("R3 refuses a configured municipality outside the 14 and an invalid configured number", () => {
    expect(ltuNokMembers({ Stockholm: KIRUNA.orgNumber })).toMatchObject({
      ok: false,
      violation: { rule: "R3" },
    });
    expect(ltuNokMembers({ Kiruna: "212000-2810" })).toMatchObject({
      ok: false,
      violation: { rule: "R2" },
    });
  });

  it("R4 the letter covers the five focus areas of Syfte", () => {
    expect([...LTU_NOK_FOCUS_AREAS].sort()).toEqual([...FOCUS_AREAS].sort());
    expect(LTU_NOK_FOCUS_AREAS).toHaveLength(5);
  });

  it("R8 activity kinds are a closed list that includes the flexible education forms and test environments", () => {
    expect(ActivityKind.options).toEqual(
      expect.arrayContaining([
        "commissioned-education",
        "distance-education",
        "learning-environment",
        "test-environment",
      ]),
    );
    expect(ActivityKind.safeParse("hackathon").success).toBe(false);
  });

  it("R18 R10 R12 R15 the preset's terms are the letter's: 3 months' notice, 2 dialogs a year, basis 14 days ahead, 1 review a year", () => {
    expect(LTU_NOK_TERMS).toEqual({
      noticeMonths: 3,
      dialogsPerYear: 2,
      basisLeadDays: 14,
      structureReviewsPerYear: 1,
      // D-45: the template also says the needs review is yearly and who signs a special agreement.
      needsReviewsPerYear: 1,
      specialAgreement: { required: true, signedBy: "principal-and-project-parties" },
    });
  });

  it("every rule cites the heading of the clause it comes from", () => {
    for (const id of RULE_IDS) expect(RULE_CLAUSES[id].length).toBeGreaterThan(3);
    expect(RULE_CLAUSES.R18).toBe("Giltighet");
  });
});

describe("R3 who NoK represents", () => {
  it("R3 a letter with NoK as a party represents the configured municipalities; one without, none", async () => {
    const { membersRepresented, NORRBOTTENS_KOMMUNER, LULEA_TEKNISKA_UNIVERSITET } = await import(
      "../src/index"
    );
    const kiruna = { orgNumber: "212000-2817" as never, name: "Kiruna" };
    expect(
      membersRepresented([NORRBOTTENS_KOMMUNER, LULEA_TEKNISKA_UNIVERSITET], [kiruna]),
    ).toEqual([kiruna]);
    expect(
      membersRepresented(
        [LULEA_TEKNISKA_UNIVERSITET, { orgNumber: "556036-0793" as never, name: "X" }],
        [kiruna],
      ),
    ).toEqual([]);
  });
});
