import { keys } from "@samverkan/table";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { policyChangedWatch } from "../../src/index";
import { createMailHarness, type MailHarness } from "../mail/support/mail-harness";
import { type SmtpSink, startSmtpSink } from "../mail/support/smtp-sink";

let sink: SmtpSink;
let h: MailHarness;
beforeAll(async () => {
  sink = await startSmtpSink();
  h = await createMailHarness(sink);
});
afterAll(async () => {
  await h.close();
  await sink.close();
});

describe("R22 the run follows the letter's reminder policy", () => {
  it("R22 a new policy is applied by the next run: its lead times decide when the run looks and what it sends", async () => {
    await h.seed("policy-letter");
    await h.enforce("2026-07-01");
    const proposalId = await h.policy(
      "policy-letter",
      { leadDays: [60], digest: false },
      "2026-07-02",
    );
    const changed = keys.watch("policy-letter", policyChangedWatch(proposalId));
    expect(await h.item(changed)).toMatchObject({
      on: "2026-07-02",
    });
    await h.enforce("2026-07-02");
    expect(await h.item(changed)).toBeNull();
    // 60 days before the second half-year ends: the watch the run set from the new policy.
    expect(await h.item(keys.watch("policy-letter", "half-year-dialog:2026-H2"))).toMatchObject({
      on: "2026-11-01",
    });
    await h.enforce("2026-11-01");
    const keysSent = (await h.notifications("policy-letter")).map((n) => `${n.sentOn} ${n.key}`);
    expect(keysSent).toContain("2026-11-01 half-year-dialog:2026-H2#due-in-60-days");
    expect(keysSent.some((k) => k.includes("due-in-30-days"))).toBe(false);
  });
});
