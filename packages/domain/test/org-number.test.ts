import { describe, expect, it } from "vitest";
import { OrgNumber, parseOrgNumber } from "../src/index";

describe("R2 organisationsnummer", () => {
  it("R2 accepts both parties' numbers with or without the dash and writes them NNNNNN-NNNN", () => {
    expect(parseOrgNumber("222000-0653")).toEqual({ ok: true, value: "222000-0653" });
    expect(parseOrgNumber("2220000653")).toEqual({ ok: true, value: "222000-0653" });
    expect(parseOrgNumber("202100-2841")).toEqual({ ok: true, value: "202100-2841" });
    expect(parseOrgNumber(" 2021002841 ")).toEqual({ ok: true, value: "202100-2841" });
  });

  it("R2 refuses the OCR reading 202100-284I as not 10 digits", () => {
    const parsed = parseOrgNumber("202100-284I");
    expect(parsed).toMatchObject({
      ok: false,
      violation: { rule: "R2", code: "org-number-format" },
    });
    if (!parsed.ok) expect(parsed.violation.message).toContain("10 digits");
  });

  it("R2 refuses 202100-2847 for its Luhn check digit and names the digit it needs", () => {
    const parsed = parseOrgNumber("202100-2847");
    expect(parsed).toMatchObject({
      ok: false,
      violation: { rule: "R2", code: "org-number-check-digit" },
    });
    if (!parsed.ok) expect(parsed.violation.message).toMatch(/check digit is 7.*need 1/);
  });

  it.each([
    "",
    "202100-28411",
    "20210-02841",
    "202100--2841",
    "202100+2841",
    "16202100-2841",
    "abcdefghij",
  ])("R2 refuses the malformed %j", (input) => {
    expect(parseOrgNumber(input)).toMatchObject({
      ok: false,
      violation: { rule: "R2", code: "org-number-format" },
    });
  });

  it("R2 as a zod schema: normalises valid numbers and reports invalid ones with the rule's message", () => {
    expect(OrgNumber.parse("2021002841")).toBe("202100-2841");
    const result = OrgNumber.safeParse("202100-2847");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain("Luhn");
  });
});
