import { DeadLetters, enforce, MailConfig, mailNotifier, smtpTransport } from "@samverkan/core";
import { date } from "@samverkan/domain";
import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// The real SMTP server the core's mail tests use (smtp-server + mailparser).
import { type SmtpSink, startSmtpSink } from "../../../packages/core/test/mail/support/smtp-sink";
import { createTestApp, LTU, signedAgreement, TEST_TODAY, type TestApp } from "./support/test-app";

let t: TestApp;
let sink: SmtpSink;
let id = "";
beforeAll(async () => {
  t = await createTestApp();
  sink = await startSmtpSink();
  id = await signedAgreement(t, "2025-10-01");
});
afterAll(async () => {
  await t.close();
  await sink.close();
});

/** The daily run as `pnpm dev` runs it: each notification delivered by mail as it is published. */
const run = (asOf: string) => {
  const mail = Layer.provideMerge(
    mailNotifier,
    Layer.mergeAll(
      smtpTransport({ host: "127.0.0.1", port: sink.port, local: true, timeoutMs: 5_000 }),
      Layer.succeed(MailConfig, {
        from: "Samverkan <paminnelser@samverkan.test>",
        webBaseUrl: "https://samverkan.test",
        leaseMs: 60_000,
      }),
      Layer.succeed(DeadLetters, { record: () => Effect.void }),
    ),
  );
  return t.runtime.runPromise(enforce(date(asOf)).pipe(Effect.provide(mail)));
};
const anna = { name: "Anna Lind", email: "anna.lind@ltu.test", roles: ["coordinator"] };
const notifications = async () =>
  (await t.as(LTU, ["viewer"]).get(`/v1/agreements/${id}/notifications`)).json.items as Array<{
    key: string;
    delivery?: { status: string; told: number; organisationsWithoutContacts: string[] };
  }>;

describe("finding: reminders to nobody count as sent — R23 D-30 GET …/notifications, PUT …/contacts", () => {
  let sent = 0;

  it("finding: reminders to nobody count as sent — R23 D-30 a run with no contacts: each notification says not delivered, none is counted delivered", async () => {
    const summary = await run(TEST_TODAY);
    sent = summary.notificationsSent;
    expect(sent).toBeGreaterThan(0);
    expect(summary.notificationsDelivered).toBe(0);
    expect(summary.notificationsNotDelivered).toBe(sent);
    const items = await notifications();
    expect(items).toHaveLength(sent);
    for (const item of items)
      expect(item.delivery).toMatchObject({ status: "not-delivered", told: 0 });
    expect(sink.received).toHaveLength(0);
  });

  it("finding: reminders to nobody count as sent — R23 D-30 after PUT …/contacts the next run delivers them to that organisation, once, however often it runs", async () => {
    const put = await t
      .as(LTU, ["coordinator"])
      .put(`/v1/agreements/${id}/contacts`, { orgNumber: LTU.orgNumber, contacts: [anna] });
    expect(put.status).toBe(200);
    expect((await run(TEST_TODAY)).notificationsCaughtUp).toBe(sent);
    expect(sink.to(anna.email)).toHaveLength(sent);
    for (let i = 0; i < 2; i++) expect((await run(TEST_TODAY)).notificationsCaughtUp).toBe(0);
    expect(sink.received).toHaveLength(sent);
    for (const item of await notifications())
      expect(item.delivery).toMatchObject({ status: "partly-told", told: 1 });
  });
});
