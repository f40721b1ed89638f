import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";
import nodemailer from "nodemailer";
import { MailRejected, MailTransport, mimeOptions } from "./mail-transport";

/** How to reach an SMTP server. */
export interface SmtpSettings {
  readonly host: string;
  readonly port: number;
  /** Plain SMTP without STARTTLS: only for a server on this machine (`pnpm dev`, tests). */
  readonly local?: boolean;
  /** Socket timeouts; well below the delivery lease. */
  readonly timeoutMs?: number;
}

/**
 * Sends through an SMTP server with nodemailer: locally the server `pnpm dev` starts, in tests a
 * real `smtp-server`. A refusal (4xx/5xx) or an unreachable server is `MailRejected`.
 */
export function smtpTransport(settings: SmtpSettings) {
  const timeout = settings.timeoutMs ?? 30_000;
  const transporter = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: false,
    ignoreTLS: settings.local ?? false,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  return Layer.succeed(MailTransport, {
    send: (mail) =>
      Effect.tryPromise({
        try: () => transporter.sendMail(mimeOptions(mail)),
        catch: (error) => new MailRejected({ reason: String((error as Error)?.message ?? error) }),
      }).pipe(Effect.asVoid, Effect.withSpan("mail.smtp")),
  });
}
