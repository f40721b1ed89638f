import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as Context from "effect/Context";
import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";

/** A message that could not be delivered, kept for an operator: never silently lost (R23). */
export interface DeadLetter {
  readonly letterId: string;
  /** The notification's key, or `digest:<day>#<part>`. */
  readonly messageKey: string;
  /**
   * `undeliverable`: the mail server refused it through every retry; redrive it once the server
   * is back. `unconfirmed`: a mailer stopped while the server had it; check the server's log for
   * the Message-ID before sending it again (docs/operations.md).
   */
  readonly reason: "undeliverable" | "unconfirmed";
  readonly messageId?: string;
  readonly personId?: string;
  readonly error: string;
  readonly at: string;
  /** The notification itself, so a redrive needs nothing else. */
  readonly notification: unknown;
}

/** Where dead letters go: an SQS queue on AWS, files locally, a list in tests. */
export class DeadLetters extends Context.Service<
  DeadLetters,
  { readonly record: (letter: DeadLetter) => Effect.Effect<void> }
>()("DeadLetters") {}

/** Local development: one JSON file per dead letter under `dir` (`.data/mail/dead-letters`). */
export function fileDeadLetters(dir: string) {
  return Layer.succeed(DeadLetters, {
    record: (letter) =>
      Effect.sync(() => {
        mkdirSync(dir, { recursive: true });
        const name = `${letter.at.replace(/[:.]/g, "-")}-${letter.reason}-${letter.personId ?? "all"}.json`;
        writeFileSync(join(dir, name), `${JSON.stringify(letter, null, 2)}\n`);
      }),
  });
}
