import { randomUUID } from "node:crypto";
import { type ContactList, whoIsTold } from "@samverkan/domain";
import { keys } from "@samverkan/table";
import * as Clock from "effect/Clock";
import * as Effect from "effect/Effect";
import { digestLabel } from "../run/digest";
import type { Notification } from "../run/notifier";
import { listContacts } from "../store/contacts-store";
import { Dynamo } from "../store/dynamo";
import { getItem } from "../store/get-item";
import { type DigestLine, digestKeys, digestLines } from "../store/person-digest-store";
import {
  composePersonDigest,
  type DigestLetter,
  MAX_LETTERS_PER_DIGEST,
} from "./compose-person-digest";
import { DeliveryHeld, deliverOnce, type PersonOutcome } from "./deliver-once";
import { type DeliverySummary, summaryOf } from "./delivery-summary";
import { letterContext } from "./letter-context";
import { MailConfig } from "./mail-settings";
import { personId } from "./message-parts";

const earliestDue = (line: DigestLine) =>
  line.reminders.map((r) => r.dueOn).sort()[0] ?? "9999-12-31";

/**
 * Records on each reminder of a person's digest that they were told (idempotent: a set of opaque
 * ids), and its delivery summary from whom it was to reach (`digestPeople`, written by the run).
 * The summary is written only from the latest set (`size(toldTo)`), so two mailers at two people
 * of one reminder never write an older count over a newer.
 */
const recordTold = (letterId: string, reminderKey: string, person: string) =>
  Effect.gen(function* () {
    const dynamo = yield* Dynamo;
    const key = keys.notification(letterId, reminderKey);
    const added = yield* dynamo.updateItem({
      key,
      update: "ADD toldTo :person",
      condition: "attribute_exists(pk)",
      values: { ":person": new Set([person]) },
    });
    if (!added) return;
    const item = yield* getItem(key);
    const told = (item?.toldTo as Set<string> | undefined) ?? new Set<string>();
    const planned = [
      ...new Set([...((item?.digestPeople as string[] | undefined) ?? []), ...told]),
    ];
    const before = item?.delivery as Partial<DeliverySummary> | undefined;
    const summary = summaryOf(
      planned.map((p) => (told.has(p) ? ("sent" as const) : ("held" as const))),
      before?.organisationsWithoutContacts ?? [],
      before?.digest ?? digestLabel(String(item?.sentOn ?? "")),
    );
    yield* dynamo.updateItem({
      key,
      update: "SET delivery = :delivery",
      condition: "size(toldTo) = :told",
      values: { ":delivery": summary, ":told": told.size },
    });
  });

/**
 * D-62: delivers one part of a person's day digest across letters. Its lines are read from the
 * person-day; the person (name, address, language) is found again in each letter's contact lists
 * by their opaque id, so the digest items hold no address. A letter in which the person is no
 * longer a contact is left out. Sent once (`deliverOnce` at the person-day's delivery mark).
 */
export const deliverPersonDigest = /* @__PURE__ */ Effect.fn("mail.deliverPersonDigest")(function* (
  n: Notification,
) {
  const which = n.personDigest;
  if (!which) return null;
  const { day, personId: pid, part } = which;
  const settings = yield* MailConfig;
  const lines = (yield* digestLines(day, pid))
    .filter((line) => line.part === part)
    .sort(
      (a, b) =>
        earliestDue(a).localeCompare(earliestDue(b)) || a.letterId.localeCompare(b.letterId),
    );
  const listed = lines.slice(0, MAX_LETTERS_PER_DIGEST);
  const rest = lines.slice(MAX_LETTERS_PER_DIGEST);
  const letters: DigestLetter[] = [];
  let person: ReturnType<typeof whoIsTold>["people"][number] | undefined;
  for (const line of listed) {
    const lists: ContactList[] = (yield* listContacts(line.letterId)).map((s) => s.list);
    const me = whoIsTold(line.orgNumbers, lists).people.find((p) => personId(p.email) === pid);
    if (!me) continue;
    person ??= me;
    letters.push({
      letter: yield* letterContext(line.letterId),
      orgNumbers: me.orgNumbers,
      reminders: line.reminders.map((r) => ({ ...r, letterId: line.letterId }) as Notification),
      more: line.more,
    });
  }
  if (!person) return summaryOf([], [], digestLabel(day));
  const messageKey = `${digestLabel(day)}#${part}`;
  const mail = composePersonDigest(settings, person, { day, part, messageKey }, letters, {
    letters: rest.length,
    reminders: rest.reduce((sum, l) => sum + l.reminders.length + l.more, 0),
  });
  const outcome: PersonOutcome = yield* deliverOnce(
    digestKeys.delivery(day, pid, part),
    { ...mail, date: new Date(yield* Clock.currentTimeMillis) },
    randomUUID(),
    settings.leaseMs,
    { letterId: "", messageKey, personId: pid, notification: n },
  );
  if (outcome === "held") return yield* Effect.fail(new DeliveryHeld({ people: 1 }));
  if (outcome === "sent" || outcome === "already-sent") {
    const told = [
      ...letters.map((l) => ({ letterId: l.letter.letterId, reminders: l.reminders })),
      ...rest,
    ];
    for (const letter of told)
      for (const reminder of letter.reminders)
        yield* recordTold(letter.letterId, reminder.key, pid);
  }
  return summaryOf([outcome], [], messageKey);
});
