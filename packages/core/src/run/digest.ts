import { type CalendarDate, type ContactList, digestsByPerson, whoIsTold } from "@samverkan/domain";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import { summaryOf } from "../mail/delivery-summary";
import { personId } from "../mail/message-parts";
import { Dynamo } from "../store/dynamo";
import { type DigestReminder, writeDigestLine } from "../store/person-digest-store";
import type { Notification } from "./notifier";

/** What a reminder's delivery names as the digest it went out in: the day's (D-62). */
export const digestLabel = (day: string) => `digest:${day}`;

const lineOf = (n: Notification): DigestReminder => ({
  key: n.key,
  kind: n.kind,
  rule: n.rule,
  dueOn: n.dueOn,
  sentOn: n.sentOn,
  recipients: [...n.recipients],
  message: n.message,
  ...(n.about ? { about: n.about } : {}),
});

/**
 * R23 with a digest policy, D-62: the letter's reminders of the day go into each person's digest
 * of the day, across letters. Each person's lines of this letter are written to their person-day
 * (idempotent: a rerun of the day writes the same), and each reminder records whom it is to reach
 * (`digestPeople`, opaque ids) and, until the mail has gone, a delivery with them pending: what
 * nobody can be told is recorded `not-delivered` at once, so a later run can catch it up (D-30).
 * The run's second phase (`sendPersonDigests`) sends each person-day once.
 */
export const recordDigestLines = (
  letterId: string,
  asOf: CalendarDate,
  ofTheDay: readonly Notification[],
  lists: readonly ContactList[],
  nowMs: number,
) =>
  Effect.gen(function* () {
    if (ofTheDay.length === 0) return 0;
    const { digests } = digestsByPerson(ofTheDay, lists);
    for (const { person, reminders } of digests)
      yield* writeDigestLine(
        asOf,
        personId(person.email),
        { letterId, orgNumbers: person.orgNumbers, reminders: reminders.map(lineOf) },
        nowMs,
      );
    const dynamo = yield* Dynamo;
    for (const n of ofTheDay) {
      const people = digests
        .filter((d) => d.reminders.includes(n))
        .map((d) => personId(d.person.email));
      const without = whoIsTold(n.recipients, lists).organisationsWithoutContacts;
      // Only while the mailer has not recorded anything yet (`delivery` is still the mode).
      yield* dynamo.updateItem({
        key: keys.notification(letterId, n.key),
        update: "SET digestPeople = :people, delivery = :delivery",
        condition: "attribute_exists(pk) AND attribute_type(delivery, :string)",
        values: {
          ":people": people,
          ":delivery": summaryOf(
            people.map(() => "held" as const),
            without,
            digestLabel(asOf),
          ),
          ":string": "S",
        },
      });
    }
    return digests.length;
  });
