import { ContactList } from "@samverkan/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replaceContacts } from "../../src/index";
import { createMailHarness, LTU, type MailHarness, NOK, PEOPLE } from "./support/mail-harness";
import { type SmtpSink, startSmtpSink } from "./support/smtp-sink";

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

const REMINDERS = 4; // due on 1 December 2026 for a letter signed 2025-10-01 (reminder-mail.test.ts)
const lars = { name: "Lars Nilsson", email: "lars@ltu.test", roles: ["coordinator"] };
// NoK's list names LTU's person with words of its own and English: stored as a list written
// before LTU declared its domain would be (the API refuses it afterwards, D-39).
const bait = {
  name: "Lars - your LTU access expires, confirm at https://evil.example",
  email: "LARS@ltu.test",
  roles: ["group"],
  language: "en",
};
const store = (letterId: string, list: unknown) =>
  h.run(replaceContacts(letterId, ContactList.parse(list), { sub: "test", orgNumber: NOK }, "now"));

describe("finding: one party can write to the other party's people — R23 D-39 by mail", () => {
  it("finding: one party can write to the other party's people — R23 D-39 LTU declared its domain: Lars is greeted as LTU lists him, in Swedish, once per reminder", async () => {
    await h.seed("own-declared");
    await store("own-declared", { orgNumber: NOK, contacts: [PEOPLE.per, bait] });
    await store("own-declared", { orgNumber: LTU, mailDomains: ["ltu.test"], contacts: [lars] });
    await store("own-undeclared", { orgNumber: NOK, contacts: [PEOPLE.per, bait] });
    await store("own-undeclared", { orgNumber: LTU, contacts: [lars] });
    await h.seed("own-undeclared");
    await h.enforce("2026-12-01");
    const declared = sink
      .to(lars.email)
      .filter(
        (m) => m.text?.includes("own-declared") || m.html?.toString().includes("own-declared"),
      );
    expect(declared).toHaveLength(REMINDERS);
    for (const mail of declared) {
      expect(mail.text).toContain("Hej Lars Nilsson!");
      expect(mail.headers.get("content-language")).toBe("sv");
      expect(`${mail.text}${mail.html}`).not.toContain("evil.example");
    }
  });

  it("finding: one party can write to the other party's people — R23 D-39 no domain declared: the lists disagree, so neither names him; Swedish, once", () => {
    const undeclared = sink.to(lars.email).filter((m) => m.text?.includes("own-undeclared"));
    expect(undeclared).toHaveLength(REMINDERS);
    for (const mail of undeclared) {
      expect(mail.text).toMatch(/^Hej!/m);
      expect(mail.headers.get("content-language")).toBe("sv");
      expect(`${mail.text}${mail.html}`).not.toContain("evil.example");
    }
  });
});
