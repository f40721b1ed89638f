import Organisationsnummer from "organisationsnummer";
import * as z from "zod/mini";
import { NEVER } from "zod/v4/core";
import type { Result } from "../rules/result";
import { violation } from "../rules/rule-violation";

/** A valid Swedish organisationsnummer, always written `NNNNNN-NNNN` (R2). */
export type OrgNumber = string & { readonly __brand: "OrgNumber" };

const SHAPE = /^(\d{6})-?(\d{4})$/;

// The library decides validity (Luhn check digit, group digits, sole traders' personal numbers);
// to say *which* part failed we ask it which last digit it would accept instead of re-implementing
// the check.
function expectedCheckDigit(firstNine: string): string | undefined {
  return [..."0123456789"].find((digit) => Organisationsnummer.valid(firstNine + digit));
}

/**
 * Reads an organisationsnummer written with or without the dash (R2).
 *
 * @example parseOrgNumber("2021002841") // { ok: true, value: "202100-2841" }
 */
export function parseOrgNumber(input: string): Result<OrgNumber> {
  const trimmed = input.trim();
  const shape = SHAPE.exec(trimmed);
  if (!shape) {
    return {
      ok: false,
      violation: violation(
        "R2",
        "org-number-format",
        `"${input}" is not an organisationsnummer: it must be 10 digits written NNNNNN-NNNN or NNNNNNNNNN`,
      ),
    };
  }
  const digits = `${shape[1]}${shape[2]}`;
  if (!Organisationsnummer.valid(digits)) {
    const expected = expectedCheckDigit(digits.slice(0, 9));
    const message = expected
      ? `"${input}" fails the Luhn check: its check digit is ${digits[9]}, the first nine digits need ${expected}`
      : `"${input}" is not an organisationsnummer: no check digit makes its first nine digits valid`;
    return { ok: false, violation: violation("R2", "org-number-check-digit", message) };
  }
  return { ok: true, value: `${shape[1]}-${shape[2]}` as OrgNumber };
}

/**
 * Reads an organisationsnummer known to be valid, throwing otherwise. For configuration and
 * literals; untrusted input goes through `parseOrgNumber` or the `OrgNumber` schema.
 */
export function orgNumber(input: string): OrgNumber {
  const parsed = parseOrgNumber(input);
  if (!parsed.ok) throw new RangeError(parsed.violation.message);
  return parsed.value;
}

/** zod schema: accepts with or without the dash, outputs `NNNNNN-NNNN`; the issue names R2. */
export const OrgNumber = /* @__PURE__ */ z.pipe(
  /* @__PURE__ */ z.string(),
  /* @__PURE__ */ z.transform((input: string, context) => {
    const parsed = parseOrgNumber(input);
    if (parsed.ok) return parsed.value;
    context.issues.push({
      code: "custom",
      message: parsed.violation.message,
      params: { rule: "R2" },
      input,
    });
    return NEVER;
  }),
);
