import { addDays, date } from "@samverkan/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../support/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const NOK = "222000-0653";
const LTU = "202100-2841";

describe("R26 the daily run under an amendment", () => {
  it("R26 R22 R10 two dialogs a year, then four from 1 July: H1 reminded by the old terms, Q3 and Q4 by the new, no H2", async () => {
    await h.seed("amended", "2025-10-01");
    const on = "2026-03-02";
    const amendment = { amendmentId: "four-a-year" };
    await h.command("amended", on, {
      type: "ProposeAmendment",
      ...amendment,
      effectiveFrom: "2026-07-01",
      changes: { dialogsPerYear: 4 },
      on,
      today: on,
    });
    await h.command("amended", on, { type: "SignAmendment", ...amendment, signedOn: on }, NOK);
    await h.command("amended", on, { type: "SignAmendment", ...amendment, signedOn: on }, LTU);
    expect((await h.letter("amended")).amendments?.[0]?.inForceFrom).toBe(on);
    for (let day = date(on); day <= "2027-01-05"; day = addDays(day, 1)) await h.enforce(day);
    const stored = await h.notifications("amended");
    const byKey = new Map(stored.map((n) => [n.key as string, n.sentOn as string]));
    expect(byKey.get("half-year-dialog:2026-H1#due-in-30-days")).toBe("2026-05-31");
    expect(byKey.get("half-year-dialog:2026-H1#overdue")).toBe("2026-07-01");
    expect(byKey.get("half-year-dialog:2026-Q3#due-in-30-days")).toBe("2026-08-31");
    expect(byKey.get("half-year-dialog:2026-Q3#overdue")).toBe("2026-10-01");
    expect(byKey.get("half-year-dialog:2026-Q4#overdue")).toBe("2027-01-01");
    expect([...byKey.keys()].filter((key) => key.includes("2026-H2"))).toEqual([]);
  });

  it("R26 R23 a proposed amendment is told once, to the other party only, by the next run", async () => {
    await h.seed("proposed", "2025-10-01");
    const on = "2026-03-02";
    await h.command("proposed", on, {
      type: "ProposeAmendment",
      amendmentId: "six-months",
      effectiveFrom: "2026-05-01",
      changes: { noticeMonths: 6 },
      on,
      today: on,
    });
    await h.enforce(on);
    await h.enforce(addDays(date(on), 1));
    const told = h.published.filter((n) => n.key === "amendment:six-months#proposed");
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ kind: "amendment-proposed", rule: "R26", recipients: [LTU] });
    expect(told[0]?.about).toMatchObject({
      duty: "amendment-proposal",
      amendment: { amendmentId: "six-months", effectiveFrom: "2026-05-01", proposedBy: NOK },
    });
  });
});
