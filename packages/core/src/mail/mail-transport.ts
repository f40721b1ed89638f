import * as Context from "effect/Context";
import * as Data from "effect/Data";
import type * as Effect from "effect/Effect";

/** One message to one person, as both transports send it (SMTP locally, SES on AWS). */
export interface OutgoingMail {
  readonly from: string;
  readonly to: { readonly name: string; readonly address: string };
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** Deterministic per person and notification: a receiver can tell a repeat by it. */
  readonly messageId: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly attachments: ReadonlyArray<{
    readonly filename: string;
    readonly content: string;
    readonly contentType: string;
  }>;
  /** Tags SES attaches to its sending events (rule, letter), for bounce handling. */
  readonly tags: Readonly<Record<string, string>>;
  /** The Date header: the system's clock, so a played-forward day (SAMVERKAN_TODAY) agrees. */
  readonly date?: Date;
}

/** The mail server refused or could not be reached: the message was not accepted. */
export class MailRejected extends Data.TaggedError("MailRejected")<{
  readonly reason: string;
}> {}

/** Where messages go: an SMTP server (locally, in tests) or SES (AWS). */
export class MailTransport extends Context.Service<
  MailTransport,
  { readonly send: (mail: OutgoingMail) => Effect.Effect<void, MailRejected> }
>()("MailTransport") {}

/** nodemailer's options for a message: the same MIME for SMTP and for SES's raw content. */
export function mimeOptions(mail: OutgoingMail) {
  return {
    from: mail.from,
    to: { name: mail.to.name, address: mail.to.address },
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    headers: { ...mail.headers },
    attachments: mail.attachments.map((a) => ({ ...a })),
    ...(mail.date ? { date: mail.date } : {}),
  };
}
