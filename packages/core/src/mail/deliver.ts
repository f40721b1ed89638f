import { randomUUID } from "node:crypto";
import { digestsByPerson, whoIsTold } from "@samverkan/domain";
import { type ItemKey, keys } from "@samverkan/table";
import * as Clock from "effect/Clock";
import * as Effect from "effect/Effect";
import type { Notification } from "../run/notifier";
import { listContacts } from "../store/contacts-store";
import { Dynamo } from "../store/dynamo";
import { composeDigest, composeReminder } from "./compose";
import { DeliveryHeld, deliverOnce, type PersonOutcome } from "./deliver-once";
import { deliverPersonDigest } from "./deliver-person-digest";
import { type DeliverySummary, summaryOf } from "./delivery-summary";
import { letterContext } from "./letter-context";
import { MailConfig } from "./mail-settings";
import { MailRejected } from "./mail-transport";
import { personId } from "./message-parts";

/** Records on a notification (or digest) what its delivery reached: visible in GET …/notifications. */
const recordDelivery = (key: ItemKey, summary: DeliverySummary) =>
  Dynamo.use((dynamo) =>
    dynamo.updateItem({
      key,
      update: "SET delivery = :delivery",
      condition: "attribute_exists(pk)",
      values: { ":delivery": summary },
    }),
  ).pipe(
    Effect.asVoid,
    Effect.catchDefect(() => Effect.void),
  );

/** Each person in turn; a refusal does not stop the others, and fails the whole at the end. */
const eachPerson = <P, E, R>(
  people: readonly P[],
  send: (person: P) => Effect.Effect<PersonOutcome, E | MailRejected, R>,
) =>
  Effect.gen(function* () {
    const outcomes: Array<PersonOutcome | "failed"> = [];
    const errors: string[] = [];
    for (const person of people)
      outcomes.push(
        yield* send(person).pipe(
          Effect.catchIf(
            (e): e is MailRejected => e instanceof MailRejected,
            (e) =>
              Effect.sync(() => {
                errors.push(e.reason);
                return "failed" as const;
              }),
          ),
        ),
      );
    return { outcomes, errors };
  });

/** Refused by the server → retry with backoff; held by another mailer → try again later. */
const settled = (outcomes: ReadonlyArray<PersonOutcome | "failed">, errors: readonly string[]) => {
  if (errors.length > 0) return Effect.fail(new MailRejected({ reason: errors.join("; ") }));
  const held = outcomes.filter((o) => o === "held").length;
  return held > 0 ? Effect.fail(new DeliveryHeld({ people: held })) : Effect.void;
};

/**
 * Delivers one published notification to the people it concerns (R23), each once: a single
 * reminder to the contacts of its organisations, a person's day digest across letters (D-62), or
 * a letter's digest to each person with their part (D-27, for events queued before D-62). A
 * notification in digest mode is left to its digest. Fails with `MailRejected` when the server
 * refused anyone, after everyone else was tried, and with `DeliveryHeld` when another mailer is
 * at someone's message; a retry sends only what is still unsent.
 */
export const deliverPublished = /* @__PURE__ */ Effect.fn("mail.deliverPublished")(function* (
  n: Notification,
) {
  yield* Effect.annotateCurrentSpan({ letterId: n.letterId, key: n.key });
  if (n.kind !== "digest" && n.delivery === "digest" && !n.catchUp) return null;
  // D-62: one person's digest of a day across letters.
  if (n.kind === "person-digest") return yield* deliverPersonDigest(n);
  const settings = yield* MailConfig;
  const owner = randomUUID();
  const letter = yield* letterContext(n.letterId);
  // All the letter's lists: a domain another organisation declared counts (D-39).
  const lists = (yield* listContacts(n.letterId)).map((stored) => stored.list);
  const messageKey = n.kind === "digest" ? `digest:${n.key}` : n.key;
  const date = new Date(yield* Clock.currentTimeMillis);
  const deliver = (email: string, composed: Parameters<typeof deliverOnce>[1]) =>
    deliverOnce(
      keys.mailDelivery(n.letterId, messageKey, personId(email)),
      { ...composed, date },
      owner,
      settings.leaseMs,
      {
        letterId: n.letterId,
        messageKey,
        personId: personId(email),
        notification: n,
      },
    );
  if (n.kind === "digest") {
    const items = n.items ?? [];
    const { digests, organisationsWithoutContacts } = digestsByPerson(items, lists);
    const { outcomes, errors } = yield* eachPerson(digests, ({ person, reminders }) =>
      deliver(person.email, composeDigest(settings, letter, person, n, reminders)),
    );
    const summary = summaryOf(outcomes, organisationsWithoutContacts, messageKey);
    yield* recordDelivery(keys.digest(n.letterId, n.key), summary);
    for (const item of items) {
      const told = whoIsTold(item.recipients, lists);
      const mine = digests.map((d, i) => (d.reminders.includes(item) ? outcomes[i] : undefined));
      yield* recordDelivery(
        keys.notification(n.letterId, item.key),
        summaryOf(
          mine.filter((o) => o !== undefined),
          told.organisationsWithoutContacts,
          messageKey,
        ),
      );
    }
    yield* settled(outcomes, errors);
    return summary;
  }
  const told = whoIsTold(n.recipients, lists);
  // A catch-up of a digest's reminder: whoever another organisation listed had it in the digest.
  const hadItInDigest = (orgNumbers: readonly string[]) =>
    n.catchUp?.inDigest === true && orgNumbers.some((org) => !n.catchUp?.owedTo.includes(org));
  const { outcomes, errors } = yield* eachPerson(told.people, (person) =>
    hadItInDigest(person.orgNumbers)
      ? Effect.succeed<PersonOutcome>("already-sent")
      : deliver(person.email, composeReminder(settings, letter, person, n)),
  );
  const summary = summaryOf(outcomes, told.organisationsWithoutContacts);
  yield* recordDelivery(keys.notification(n.letterId, n.key), summary);
  yield* settled(outcomes, errors);
  return summary;
});
