import * as Context from "effect/Context";
import * as Layer from "effect/Layer";

/** What every message needs besides its content: who sends it and where the workspace is. */
export interface MailSettings {
  /** The sender, e.g. `Samverkan <paminnelser@samverkan.example.se>` (on AWS: the SES identity's). */
  readonly from: string;
  /** The web workspace's base URL; links in messages open its pages (R23: how to act). */
  readonly webBaseUrl: string;
  /** How long a person's delivery is left to a mailer that claimed it before it counts as crashed. */
  readonly leaseMs: number;
}

/** The mail settings as a service, so local, AWS and tests give their own. */
export class MailConfig extends Context.Service<MailConfig, MailSettings>()("MailConfig") {}

/** The local sender and workspace; a deployed stage sets both (infra/mail.ts). */
export const LOCAL_MAIL_FROM = "Samverkan <paminnelser@samverkan.localhost>";
export const LOCAL_WEB_BASE_URL = "http://localhost:3000";

/**
 * Mail settings from the environment: `MAIL_FROM`, `WEB_BASE_URL`. An SMTP timeout is well
 * below the five-minute lease, so a live mailer never loses its claim to a retry.
 */
export function readMailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings {
  const webBaseUrl = (env.WEB_BASE_URL || LOCAL_WEB_BASE_URL).replace(/\/+$/, "");
  if (!/^https?:\/\/[^\s]+$/.test(webBaseUrl))
    throw new Error(`WEB_BASE_URL must be an http(s) URL, not ${webBaseUrl}`);
  return { from: env.MAIL_FROM || LOCAL_MAIL_FROM, webBaseUrl, leaseMs: 5 * 60_000 };
}

/** A layer with the given settings. */
export const mailConfig = (settings: MailSettings) => Layer.succeed(MailConfig, settings);
