import { SendMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import { DeadLetters } from "@samverkan/core";
import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";

/**
 * On AWS a message in doubt (`unconfirmed`) goes to the mailer's dead-letter queue beside those
 * that failed every retry, so an operator finds both in one place (docs/operations.md).
 */
export function sqsDeadLetters(queueUrl: string, client = new SQSClient({})) {
  return Layer.succeed(DeadLetters, {
    record: (letter) =>
      Effect.tryPromise(() =>
        client.send(
          new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify(letter) }),
        ),
      ).pipe(
        Effect.asVoid,
        // The delivery record says `unconfirmed` already; a lost copy here is logged, not retried.
        Effect.catch((error) =>
          Effect.logError("could not write a dead letter").pipe(
            Effect.annotateLogs({ error: String(error), messageKey: letter.messageKey }),
          ),
        ),
      ),
  });
}
