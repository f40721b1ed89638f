import { SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";
import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";
import MailComposer from "nodemailer/lib/mail-composer/index.js";
import { MailRejected, MailTransport, mimeOptions } from "./mail-transport";

/** SES on a deployed stage: the configuration set routes bounces and complaints (docs/operations.md). */
export interface SesSettings {
  readonly configurationSet: string;
}

const tagValue = (value: string) => value.replace(/[^A-Za-z0-9_.-]/g, "_").slice(0, 256);

/**
 * Sends through SES v2 as raw MIME (the same message nodemailer writes for SMTP, with its
 * plain-text part, HTML part and .ics attachment), in the configuration set, tagged by rule and
 * letter so that a bounce names what it was about.
 */
export function sesTransport(settings: SesSettings, client = new SESv2Client({})) {
  return Layer.succeed(MailTransport, {
    send: (mail) =>
      Effect.tryPromise({
        try: async () => {
          const raw = await new MailComposer(mimeOptions(mail)).compile().build();
          await client.send(
            new SendEmailCommand({
              FromEmailAddress: mail.from,
              Destination: { ToAddresses: [mail.to.address] },
              Content: { Raw: { Data: raw } },
              ConfigurationSetName: settings.configurationSet,
              EmailTags: Object.entries(mail.tags).map(([Name, Value]) => ({
                Name,
                Value: tagValue(Value),
              })),
            }),
          );
        },
        catch: (error) => new MailRejected({ reason: String((error as Error)?.name ?? error) }),
      }).pipe(Effect.withSpan("mail.ses")),
  });
}
