import { join } from "node:path";
import {
  dynamoLayer,
  fileDeadLetters,
  logLines,
  mailConfig,
  mailNotifier,
  readMailSettings,
  smtpTransport,
} from "@samverkan/core";
import * as Layer from "effect/Layer";
import { LOCAL_DATA_DIR } from "./paths";

/** Where undeliverable and unconfirmed messages are kept locally, one JSON file each. */
export const LOCAL_DEAD_LETTERS_DIR = join(LOCAL_DATA_DIR, "mail", "dead-letters");

/**
 * The local daily run's services: DynamoDB Local, and as its notifier the mailer itself, sending
 * through the local SMTP server with the same exactly-once delivery as the mailer on AWS; its
 * log lines are written as on AWS (`logLines`).
 */
export function localMailLayer(options: {
  readonly tableName: string;
  readonly endpoint: string;
  readonly smtpPort: number;
  readonly webBaseUrl: string;
}) {
  const settings = readMailSettings({
    ...process.env,
    WEB_BASE_URL: process.env.WEB_BASE_URL || options.webBaseUrl,
  });
  return Layer.provideMerge(
    mailNotifier,
    Layer.mergeAll(
      dynamoLayer({ tableName: options.tableName, endpoint: options.endpoint }),
      smtpTransport({ host: "127.0.0.1", port: options.smtpPort, local: true }),
      mailConfig(settings),
      fileDeadLetters(LOCAL_DEAD_LETTERS_DIR),
    ),
  ).pipe(Layer.merge(logLines));
}
