import { addDays, date } from "@samverkan/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../support/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const RISE = { orgNumber: "556464-6874", name: "RISE" };

describe("reminders about activities and funding, through the run", () => {
  it("R14 R7 R22 a special agreement waiting 14 days reminds those still to sign; a deadline is reminded 30, 14, 7 and 1 days ahead (D-25)", async () => {
    await h.seed("acts", "2025-10-01");
    await h.command("acts", "2026-01-10", {
      type: "RegisterNeed",
      need: { needId: "need-1", title: "Nurses", description: "", focusAreas: ["health-and-care"] },
      raisedBy: "222000-0653",
      raisedOn: "2026-01-10",
    });
    await h.command(
      "acts",
      "2026-02-01",
      {
        type: "DefineActivity",
        activityId: "act-1",
        title: "Distance nursing",
        kind: "distance-education",
        focusAreas: ["health-and-care"],
        needIds: ["need-1"],
        projectParties: [RISE],
        terms: "",
        definedOn: "2026-02-01",
      },
      "202100-2841",
      { kind: "activity", id: "act-1" },
    );
    await h.command(
      "acts",
      "2026-02-03",
      { type: "SignSpecialAgreement", signedOn: "2026-02-03" },
      "222000-0653",
      { kind: "activity", id: "act-1" },
    );
    await h.command(
      "acts",
      "2026-02-01",
      {
        type: "PlanFundingApplication",
        applicationId: "vinnova",
        funder: "Vinnova",
        call: "Call 2026",
        submissionDeadline: "2026-03-20",
        amountRequestedSek: 100000,
        applicantParties: ["202100-2841"],
        linkedActivityIds: ["act-1"],
        plannedOn: "2026-02-01",
      },
      "202100-2841",
      { kind: "funding", id: "vinnova" },
    );
    for (let day = date("2026-02-01"); day <= "2026-03-31"; day = addDays(day, 1))
      await h.enforce(day);
    const sent = new Map((await h.notifications("acts")).map((n) => [n.key as string, n]));
    expect(sent.get("special-agreement:act-1:v1#awaiting-signatures")).toMatchObject({
      sentOn: "2026-02-15",
      rule: "R14",
      recipients: ["202100-2841", RISE.orgNumber],
    });
    expect(sent.get("funding-application-submission:vinnova#due-in-14-days")).toMatchObject({
      sentOn: "2026-03-06",
      recipients: ["202100-2841"],
    });
    const funding = (lead: number) =>
      sent.get(`funding-application-submission:vinnova#due-in-${lead}-days`)?.sentOn;
    expect([30, 7, 1].map(funding)).toEqual(["2026-02-18", "2026-03-13", "2026-03-19"]);
    expect(sent.has("funding-application-submission:vinnova#overdue")).toBe(false);
  });
});
