import {
  dynamoLayer,
  logLines,
  mailConfig,
  readMailSettings,
  readSettings,
  sesTransport,
} from "@samverkan/core";
import * as Layer from "effect/Layer";
import { mailer } from "./mailer";
import { sqsDeadLetters } from "./sqs-dead-letters";

const configurationSet = process.env.SES_CONFIGURATION_SET;
const deadLetterQueueUrl = process.env.MAIL_DEAD_LETTER_QUEUE_URL;
if (!configurationSet || !deadLetterQueueUrl)
  throw new Error(
    "SES_CONFIGURATION_SET and MAIL_DEAD_LETTER_QUEUE_URL must be set (infra/mail.ts)",
  );

/**
 * The mailer on AWS: the queue that the notification bus's rule fills (infra/mail.ts), SES as
 * the transport, with its configuration set for bounces and complaints.
 */
export const handler = mailer(
  Layer.mergeAll(
    dynamoLayer({ tableName: readSettings().tableName }),
    sesTransport({ configurationSet }),
    mailConfig(readMailSettings()),
    sqsDeadLetters(deadLetterQueueUrl),
    logLines,
  ),
);
