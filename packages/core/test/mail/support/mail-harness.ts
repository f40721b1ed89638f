import "../../support/provided-context";
import { randomUUID } from "node:crypto";
import {
  type CalendarDate,
  ContactList,
  date,
  type LetterReminderPolicy,
  signedLtuNokLetterEvents,
} from "@samverkan/domain";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";
import * as ManagedRuntime from "effect/ManagedRuntime";
import { inject } from "vitest";
import {
  clockWithToday,
  createLetter,
  type DeadLetter,
  DeadLetters,
  type Dynamo,
  dynamoClient,
  dynamoLayer,
  enforce,
  ensureTable,
  getItem,
  handle,
  letterAggregate,
  MailConfig,
  type MailTransport,
  mailNotifier,
  type Notifier,
  queryLetterItems,
  replaceContacts,
  smtpTransport,
} from "../../../src/index";
import type { SmtpSink } from "./smtp-sink";

export const LTU = "202100-2841";
export const NOK = "222000-0653";
export const MAIL_SETTINGS = {
  from: "Samverkan <paminnelser@samverkan.test>",
  webBaseUrl: "https://samverkan.test",
  leaseMs: 60_000,
};

/**
 * A fresh table, the real SMTP sink behind nodemailer, dead letters in a list, and the local
 * mail notifier: the daily run delivers as `pnpm dev` does. `transport` replaces SMTP (a crash).
 */
export async function createMailHarness(sink: SmtpSink, today = "2026-12-01") {
  const endpoint = inject("dynamoEndpoint");
  const tableName = `mail-${randomUUID()}`;
  const client = dynamoClient({ tableName, endpoint });
  await ensureTable(client, tableName);
  const deadLetters: DeadLetter[] = [];
  const base = Layer.mergeAll(
    dynamoLayer({ tableName }, client),
    Layer.succeed(MailConfig, MAIL_SETTINGS),
    Layer.succeed(DeadLetters, { record: (l) => Effect.sync(() => void deadLetters.push(l)) }),
    clockWithToday(date(today)),
  );
  const smtp = smtpTransport({ host: "127.0.0.1", port: sink.port, local: true, timeoutMs: 5_000 });
  const runtime = ManagedRuntime.make(Layer.provideMerge(mailNotifier, Layer.merge(base, smtp)));
  type Services = Dynamo | MailTransport | MailConfig | DeadLetters | Notifier;
  const run = <A, E>(effect: Effect.Effect<A, E, Services>) => runtime.runPromise(effect);
  const actor = { sub: "test", orgNumber: LTU };
  return {
    run,
    deadLetters,
    seed: (letterId: string, signedOn = "2025-10-01") =>
      run(
        createLetter(letterId, signedLtuNokLetterEvents({ letterId, signedOn: date(signedOn) }), {
          actor,
          requestId: "seed",
          recordedAt: `${signedOn}T10:00:00Z`,
          reply: () => null,
        }),
      ),
    contacts: (letterId: string, orgNumber: string, contacts: unknown[]) =>
      run(replaceContacts(letterId, ContactList.parse({ orgNumber, contacts }), actor, "now")),
    /** D-31: LTU's coordinator proposes the policy on `on`, NoK's accepts it the same day. */
    policy: async (letterId: string, policy: LetterReminderPolicy, on: string) => {
      const day = on as CalendarDate;
      const proposalId = randomUUID();
      const as = (orgNumber: string) => ({ sub: `coordinator-${orgNumber}`, orgNumber });
      const act = (type: string, orgNumber: string, extra: object = {}) =>
        run(
          handle(
            letterAggregate,
            { letterId },
            {
              type,
              actor: { ...as(orgNumber), roles: ["coordinator"] },
              proposalId,
              on: day,
              ...extra,
            } as never,
            { actor: as(orgNumber), requestId: randomUUID(), on: day, reply: () => null },
          ),
        );
      await act("ProposeReminderPolicy", LTU, { policy });
      await act("AcceptReminderPolicy", NOK);
      return proposalId;
    },
    enforce: (asOf: string) => run(enforce(date(asOf))),
    notifications: (letterId: string) =>
      run(queryLetterItems(letterId, keys.notificationPrefix, 1000)).then((page) => page.items),
    item: (key: { pk: string; sk: string }) => run(getItem(key)),
    close: () => runtime.dispose(),
  };
}

export type MailHarness = Awaited<ReturnType<typeof createMailHarness>>;

/** Anna at LTU reads English; Per and Karin at NoK read Swedish (the default). */
export const PEOPLE = {
  anna: { name: "Anna Lind", email: "anna.lind@ltu.test", roles: ["coordinator"], language: "en" },
  per: { name: "Per Berg", email: "per.berg@nok.test", roles: ["coordinator", "signatory"] },
  karin: { name: "Karin Ek", email: "karin.ek@nok.test", roles: ["group"] },
} as const;
