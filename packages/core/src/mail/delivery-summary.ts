import type { PersonOutcome } from "./deliver-once";

/**
 * What a notification's delivery reached (R23), recorded on it and shown by GET …/notifications:
 * `not-delivered` when none of its organisations has a contact (never counted as sent, D-30). The
 * organisations without contacts are what the notification still owes: the run delivers it to
 * them when they name someone, while it still matters.
 */
export interface DeliverySummary {
  readonly status: "told" | "partly-told" | "not-delivered";
  /** People whose message the mail server accepted (now or on an earlier attempt). */
  readonly told: number;
  /** People still to be told: refused by the server, or handled by another mailer right now. */
  readonly pending: number;
  /** People whose message may or may not have been delivered (dead-lettered for an operator). */
  readonly unconfirmed: number;
  readonly organisationsWithoutContacts: readonly string[];
  /** The digest it went out in, if the letter sends digests. */
  readonly digest?: string;
}

/** The summary of a delivery's outcomes per person. */
export function summaryOf(
  outcomes: ReadonlyArray<PersonOutcome | "failed">,
  organisationsWithoutContacts: readonly string[],
  digest?: string,
): DeliverySummary {
  const told = outcomes.filter((o) => o === "sent" || o === "already-sent").length;
  const unconfirmed = outcomes.filter((o) => o === "unconfirmed").length;
  const pending = outcomes.length - told - unconfirmed;
  const status =
    outcomes.length === 0
      ? "not-delivered"
      : told === outcomes.length && organisationsWithoutContacts.length === 0
        ? "told"
        : "partly-told";
  return {
    status,
    told,
    pending,
    unconfirmed,
    organisationsWithoutContacts: [...organisationsWithoutContacts],
    ...(digest ? { digest } : {}),
  };
}
