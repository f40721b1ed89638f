// The local system as `pnpm dev` runs it (the API and the built workspace on one port:
// packages/local's mountWebWorkspace, and the local OpenID Provider people sign in at), but on
// free ports, with an in-memory DynamoDB Local: for the browser tests and the bench.
import "@samverkan/local/quiet-sdk-warning";
import { createApp } from "@samverkan/api";
import {
  createLetter,
  dynamoClient,
  dynamoLayer,
  enforce,
  ensureTable,
  Notifier,
  readSettings,
  stockholmDate,
} from "@samverkan/core";
import {
  API_AUDIENCE,
  freePort,
  type PersonClaims,
  startDynamoDbLocal,
} from "@samverkan/core/local";
import {
  type CalendarDate,
  LTU_NOK_ASSUMED_SIGNED_ON,
  LULEA_TEKNISKA_UNIVERSITET,
  NORRBOTTENS_KOMMUNER,
  signedLtuNokLetterEvents,
} from "@samverkan/domain";
// packages/local exports only its index; the workspace's routes are mounted as pnpm dev does.
import {
  LTU_NOK_LETTER_ID,
  localPeople,
  mountWebWorkspace,
  seedExampleLetter,
  seedLtuNokLetter,
  serveApp,
  startLocalIdentityProvider,
  tokenFromProvider,
} from "@samverkan/local";
import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";
import * as ManagedRuntime from "effect/ManagedRuntime";

/**
 * Made-up valid numbers for three member municipalities (test data only: the letter gives none,
 * R3): the follow-up report's heat map has needs from each.
 */
export const TEST_MUNICIPALITIES = {
  Kiruna: "212000-9994",
  Piteå: "212000-2734",
  Luleå: "212000-2726",
};

/** A second letter, for the notice flow, so that giving notice leaves the main letter in force. */
export const NOTICE_LETTER_ID = "ltu-nok-uppsagning";

/** A letter for the amendment flow (R26), so that new terms leave the main letter's as they are. */
export const AMENDMENT_LETTER_ID = "ltu-nok-tillagg";

/** A third letter, for a notice dated back and acknowledged by the other party (D-33). */
export const LATE_NOTICE_LETTER_ID = "ltu-nok-sen-uppsagning";

export interface LocalWorkspace {
  readonly url: string;
  /** The local OpenID Provider: its issuer and `pnpm run token`'s client secret. */
  readonly oidc: { readonly issuer: string; readonly cliSecret: string };
  /** A provider token for exactly these claims (its own AccessToken model, no HTTP). */
  token(claims: PersonClaims): Promise<string>;
  /** A provider token for one of the local people, from its token endpoint as a script gets one. */
  tokenOf(personId: string): Promise<string>;
  readonly letterId: string;
  /** Runs the daily enforcement for today, so that reminders exist to be shown. */
  runDailyEnforcement(): Promise<void>;
  stop(): Promise<void>;
}

// The notice letter is signed by the local people too, so its pages name them (D-34).
const seedActor = { sub: "nora", orgNumber: NORRBOTTENS_KOMMUNER.orgNumber };
const signers = {
  [NORRBOTTENS_KOMMUNER.orgNumber]: { sub: "nora", name: "Nora Nilsson" },
  [LULEA_TEKNISKA_UNIVERSITET.orgNumber]: { sub: "lars", name: "Lars Lindqvist" },
};

/** Starts DynamoDB Local, the table, the seeded letters, the API and the workspace on a free port. */
export async function startLocalWorkspace(): Promise<LocalWorkspace> {
  process.env.SAMVERKAN_LOG = "silent";
  const settings = readSettings({ SAMVERKAN_MUNICIPALITIES: JSON.stringify(TEST_MUNICIPALITIES) });
  const dynamo = await startDynamoDbLocal();
  const tableName = "samverkan-web-test";
  const client = dynamoClient({ tableName, endpoint: dynamo.endpoint });
  await ensureTable(client, tableName);
  const runtime = ManagedRuntime.make(
    dynamoLayer({ tableName, endpoint: dynamo.endpoint }, client),
  );
  const signedOn = LTU_NOK_ASSUMED_SIGNED_ON as CalendarDate;
  await runtime.runPromise(seedLtuNokLetter(signedOn, settings.municipalities));
  // D-45: a letter from the example template, for the start page and switching letters.
  await runtime.runPromise(seedExampleLetter(signedOn));
  await runtime.runPromise(
    createLetter(
      NOTICE_LETTER_ID,
      signedLtuNokLetterEvents({
        letterId: NOTICE_LETTER_ID,
        signedOn,
        members: settings.municipalities,
        signers,
      }),
      {
        actor: seedActor,
        requestId: "seed-notice",
        recordedAt: new Date().toISOString(),
        reply: () => null,
      },
    ),
  );
  await runtime.runPromise(
    createLetter(
      LATE_NOTICE_LETTER_ID,
      signedLtuNokLetterEvents({
        letterId: LATE_NOTICE_LETTER_ID,
        signedOn,
        members: settings.municipalities,
      }),
      {
        actor: seedActor,
        requestId: "seed-late-notice",
        recordedAt: new Date().toISOString(),
        reply: () => null,
      },
    ),
  );
  await runtime.runPromise(
    createLetter(
      AMENDMENT_LETTER_ID,
      signedLtuNokLetterEvents({
        letterId: AMENDMENT_LETTER_ID,
        signedOn,
        members: settings.municipalities,
        signers,
      }),
      {
        actor: seedActor,
        requestId: "seed-amendment",
        recordedAt: new Date().toISOString(),
        reply: () => null,
      },
    ),
  );
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const idp = await startLocalIdentityProvider({
    municipalities: settings.municipalities,
    workspaceOrigins: [url],
  });
  const oidc = { issuer: idp.provider.issuer, cliSecret: idp.provider.cliSecret };
  const people = localPeople(settings.municipalities);
  const app = createApp({
    runtime,
    auth: { audience: API_AUDIENCE, issuers: [idp.trusted] },
    corsOrigins: [],
    municipalities: settings.municipalities,
    writesPerMinute: settings.writesPerMinute,
  });
  mountWebWorkspace(app, { authority: idp.provider.issuer });
  const server = await serveApp(app, port);
  const silent = Layer.succeed(Notifier, { publish: () => Effect.void });
  const layer = Layer.merge(dynamoLayer({ tableName, endpoint: dynamo.endpoint }, client), silent);
  return {
    url,
    oidc,
    token: (claims) => idp.provider.mint(claims),
    tokenOf: async (personId) => {
      const person = people.find((p) => p.id === personId);
      if (!person) throw new Error(`no local person ${personId}`);
      return tokenFromProvider(oidc, {
        sub: person.id,
        name: person.name,
        org: person.orgNumber,
        roles: person.roles,
      });
    },
    letterId: LTU_NOK_LETTER_ID,
    runDailyEnforcement: async () => {
      await Effect.runPromise(enforce(stockholmDate(Date.now())).pipe(Effect.provide(layer)));
    },
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await idp.provider.close();
      await runtime.dispose();
      await dynamo.stop();
    },
  };
}
