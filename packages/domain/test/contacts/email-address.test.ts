import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { EMAIL_ADDRESS } from "../../src/vocabulary";

describe("the e-mail pattern the web's contact form checks with (R23)", () => {
  it("finding: the contact form kept its own copy of the address check — the vocabulary's pattern is zod's z.email()", () => {
    expect(EMAIL_ADDRESS.source).toBe(z.regexes.email.source);
    expect(EMAIL_ADDRESS.flags).toBe(z.regexes.email.flags);
  });
});
