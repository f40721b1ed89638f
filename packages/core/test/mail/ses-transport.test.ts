import type { SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";
import * as Effect from "effect/Effect";
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { composeReminder, MailTransport, type Notification, sesTransport } from "../../src/index";
import { MAIL_SETTINGS, NOK } from "./support/mail-harness";

const notification: Notification = {
  letterId: "ses-letter",
  key: "dialog-basis:spring#due-in-14-days",
  kind: "due-in-14-days",
  rule: "R12",
  dueOn: "2026-04-01",
  sentOn: "2026-03-18",
  recipients: [NOK],
  message: "",
  about: { duty: "dialog-basis", dialogId: "spring", dialogOn: "2026-04-15" },
};

describe("R23 on AWS: SES sends the same message", () => {
  it("R23 SES gets the raw MIME (text, HTML, .ics) in the stage's configuration set, tagged by rule and letter", async () => {
    const sent: SendEmailCommand["input"][] = [];
    const client = { send: async (command: SendEmailCommand) => void sent.push(command.input) };
    const person = {
      email: "per@nok.test",
      name: "Per Berg",
      language: "sv" as const,
      orgNumbers: [NOK],
    };
    const letter = {
      letterId: "ses-letter",
      title: "Avsiktsförklaring",
      organisationNames: new Map(),
    };
    const mail = composeReminder(MAIL_SETTINGS, letter, person, notification);
    const transport = sesTransport(
      { configurationSet: "samverkan-prod" },
      client as unknown as SESv2Client,
    );
    await Effect.runPromise(
      Effect.flatMap(MailTransport, (t) => t.send(mail)).pipe(Effect.provide(transport)),
    );
    const [input] = sent;
    expect(input?.ConfigurationSetName).toBe("samverkan-prod");
    expect(input?.Destination?.ToAddresses).toEqual(["per@nok.test"]);
    expect(input?.EmailTags).toEqual([
      { Name: "rule", Value: "R12" },
      { Name: "letter", Value: "ses-letter" },
    ]);
    const parsed = await simpleParser(Buffer.from(input?.Content?.Raw?.Data ?? new Uint8Array()));
    expect(parsed.subject).toBe("Påminnelse: underlag till ledningsdialog senast 1 april 2026");
    expect(parsed.text).toContain(
      "Samverkansgruppen lämnar in underlaget till ledningsdialogen den 15 april 2026.",
    );
    expect(parsed.html).toContain("https://samverkan.test/avtal/ses-letter/dialoger/spring");
    expect(parsed.attachments.map((a) => a.contentType)).toEqual(["text/calendar"]);
  });
});
