// The local system of `pnpm dev` (started with the daily run by packages/local/src/dev.ts): DynamoDB Local (data under .data/, git-ignored),
// the table, the LTU–NoK letter loaded once as signed, the API on a printed URL, and ready tokens.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createApp } from "@samverkan/api";
import {
  clockWithToday,
  dynamoClient,
  dynamoLayer,
  ensureTable,
  PersonKeyWrapping,
  readSettings,
  StaleLayout,
  wrappingKeyOf,
} from "@samverkan/core";
import {
  API_AUDIENCE,
  freePort,
  localCursorKey,
  localPersonKeyWrapping,
  startDynamoDbLocal,
} from "@samverkan/core/local";
import {
  type CalendarDate,
  isCalendarDate,
  LTU_NOK_ASSUMED_SIGNED_ON,
  LULEA_TEKNISKA_UNIVERSITET,
  NORRBOTTENS_KOMMUNER,
} from "@samverkan/domain";
import * as Layer from "effect/Layer";
import * as ManagedRuntime from "effect/ManagedRuntime";
import { startLocalIdentityProvider, tokenFromProvider } from "./local-idp";
import { startLocalMailServer } from "./mail-server";
import { mountMailView } from "./mail-view";
import { serveApp } from "./node-server";
import { DEV_STATE_FILE, LOCAL_DATA_DIR } from "./paths";
import { LTU_NOK_LETTER_ID, seedLocalContacts, seedLtuNokLetter } from "./seed";
import { EXAMPLE_LETTER_ID, seedExampleLetter } from "./seed-example";

const say = (line: string) => console.log(`[dev] ${line}`);

/** A running local system: how to reach its database, and how to stop it. */
export interface LocalSystem {
  readonly endpoint: string;
  readonly tableName: string;
  /** The clock API, daily run and mail share: today is `SAMVERKAN_TODAY` when set. */
  readonly clock: Layer.Layer<never>;
  /** The local SMTP server's port, and the API's URL (the base of links in mail). */
  readonly smtpPort: number;
  readonly api: string;
  /** Runs `task` when the system stops (before DynamoDB Local ends). */
  onStop(task: () => void): void;
}

/**
 * Starts the local system: DynamoDB Local, the table, the seeded letter, the API and tokens.
 * Ctrl-C (or SIGTERM) stops it all, Java included.
 */
export async function startLocalSystem(): Promise<LocalSystem> {
  const stopTasks: Array<() => void> = [];
  const settings = readSettings();
  const signedOn = (process.env.LTU_NOK_SIGNED_ON ?? LTU_NOK_ASSUMED_SIGNED_ON) as CalendarDate;
  if (!isCalendarDate(signedOn))
    throw new Error(`LTU_NOK_SIGNED_ON must be a date YYYY-MM-DD, not ${signedOn}`);
  // SAMVERKAN_TODAY plays the whole system forward (or back): API, daily run and mail share it.
  const playedToday = process.env.SAMVERKAN_TODAY;
  if (playedToday && !isCalendarDate(playedToday))
    throw new Error(`SAMVERKAN_TODAY must be a date YYYY-MM-DD, not ${playedToday}`);
  const startedAt = Date.now();
  const clock = playedToday ? clockWithToday(playedToday as CalendarDate, startedAt) : Layer.empty;
  if (playedToday)
    say(`SAMVERKAN_TODAY: today is ${playedToday} for the API, the daily run and mail`);

  say("starting DynamoDB Local …");
  const dataDir = join(LOCAL_DATA_DIR, "dynamodb");
  mkdirSync(dataDir, { recursive: true });
  const dynamo = await startDynamoDbLocal({
    dataDir,
    port: Number(process.env.DYNAMODB_PORT ?? (await freePort())),
  });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say("stopping …");
    for (const task of stopTasks) task();
    await dynamo.stop();
    rmSync(DEV_STATE_FILE, { force: true });
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    const settingsHere = { tableName: settings.tableName, endpoint: dynamo.endpoint };
    const client = dynamoClient(settingsHere);
    const created = await ensureTable(client, settings.tableName);
    say(
      `DynamoDB Local on ${dynamo.endpoint}, table ${settings.tableName}${created ? " (created)" : ""}`,
    );
    // D-58: the names sealed in .data/ open after a restart (the wrapping key is kept there too).
    const wrapping = Layer.succeed(
      PersonKeyWrapping,
      wrappingKeyOf(localPersonKeyWrapping(LOCAL_DATA_DIR)),
    );
    const runtime = ManagedRuntime.make(
      Layer.mergeAll(dynamoLayer(settingsHere, client), clock, wrapping),
    );
    const seeded = await runtime
      .runPromise(seedLtuNokLetter(signedOn, settings.municipalities))
      .catch((error: unknown) => {
        const stale = error instanceof StaleLayout ? error : (error as { cause?: unknown })?.cause;
        if (
          String(error).includes("stored by an earlier version") ||
          stale instanceof StaleLayout
        ) {
          throw new Error(
            `${String(error).replace(/^.*?Letter/, "Letter")}. The data in ${dataDir} was written by an earlier version of Samverkan and is not read half-way: move that folder aside (or delete it) and start again to load the letter afresh.`,
          );
        }
        throw error;
      });
    // D-30: the local people are its contacts, so the first run's mail reaches someone.
    if (seeded) await runtime.runPromise(seedLocalContacts);
    // D-45: a second letter, from the example template, on the start page beside LTU–NoK.
    const example = await runtime.runPromise(seedExampleLetter(signedOn));
    say(
      `${example ? "loaded" : "found"} the example letter "${EXAMPLE_LETTER_ID}" (template ltu-region-norrbotten)`,
    );
    say(
      `${seeded ? "loaded" : "found"} the LTU–NoK letter "${LTU_NOK_LETTER_ID}", signed ${signedOn}${process.env.LTU_NOK_SIGNED_ON ? "" : " (assumed, D-10)"}${seeded ? "; contacts: nora@nok.example, karin@nok.example, lars@ltu.example" : ""}`,
    );

    const port = Number(process.env.PORT ?? 3000);
    // The local OpenID Provider (D-40): on OIDC_PORT (default the API's port + 1), so the
    // issuer URL, and the tokens `pnpm run token` prints, stay the same while pnpm dev runs.
    const idp = await startLocalIdentityProvider({
      municipalities: settings.municipalities,
      workspaceOrigins: [`http://localhost:${port}`, `http://127.0.0.1:${port}`],
      port: Number(process.env.OIDC_PORT ?? port + 1),
    });
    stopTasks.push(() => void idp.provider.close());
    say(`OpenID Provider on ${idp.provider.issuer} (the local people sign in there)`);
    const app = createApp({
      runtime,
      auth: { audience: API_AUDIENCE, issuers: [idp.trusted] },
      corsOrigins: settings.corsOrigins,
      municipalities: settings.municipalities,
      writesPerMinute: settings.writesPerMinute,
      // Kept in .data/ so the web's cursors stay valid when pnpm dev restarts (D-37).
      cursorKey: localCursorKey(LOCAL_DATA_DIR),
    });
    // Reminder mail (#12): a real SMTP server on this machine; what it receives, at /local/mail.
    const mail = await startLocalMailServer(
      join(LOCAL_DATA_DIR, "mail"),
      Number(process.env.SMTP_PORT ?? (await freePort())),
    );
    stopTasks.push(() => void mail.close());
    mountMailView(app, mail.dir);
    // --- web workspace (issue #11): packages/web/dist and the local sign-in on the same port ---
    const { mountWebWorkspace } = await import("./web-workspace");
    mountWebWorkspace(app, { authority: idp.provider.issuer });
    say(
      `workspace on http://localhost:${port}/  (sign in at the provider as one of the local people)`,
    );
    // --- end of web workspace ---
    await serveApp(app, port);
    writeFileSync(
      DEV_STATE_FILE,
      JSON.stringify({
        endpoint: dynamo.endpoint,
        tableName: settings.tableName,
        api: `http://localhost:${port}`,
        smtpPort: mail.port,
        // For `pnpm run token` (the file is git-ignored and readable by this user only).
        oidc: { issuer: idp.provider.issuer, cliSecret: idp.provider.cliSecret },
        ...(playedToday ? { today: playedToday, todayAt: startedAt } : {}),
      }),
      { mode: 0o600 },
    );

    // Ready tokens, asked for at the provider's token endpoint as `pnpm run token` does.
    const oidc = { issuer: idp.provider.issuer, cliSecret: idp.provider.cliSecret };
    const tokens = {
      "NoK signatory+coordinator": await tokenFromProvider(oidc, {
        sub: "nora",
        name: "Nora Nilsson",
        org: NORRBOTTENS_KOMMUNER.orgNumber,
        roles: ["signatory", "coordinator"],
      }),
      "LTU signatory+coordinator": await tokenFromProvider(oidc, {
        sub: "lars",
        name: "Lars Lindqvist",
        org: LULEA_TEKNISKA_UNIVERSITET.orgNumber,
        roles: ["signatory", "coordinator"],
      }),
      "LTU viewer": await tokenFromProvider(oidc, {
        sub: "vera",
        name: "Vera Viklund",
        org: LULEA_TEKNISKA_UNIVERSITET.orgNumber,
        roles: ["viewer"],
      }),
    };
    say(`API on http://localhost:${port}  (reference: http://localhost:${port}/docs)`);
    say(
      `mail: SMTP on 127.0.0.1:${mail.port}; received mail at http://localhost:${port}/local/mail`,
    );
    say(
      "tokens of the local provider, valid 12 hours while pnpm dev runs (more with `pnpm run token --org … --roles … --sub …`):",
    );
    for (const [who, token] of Object.entries(tokens)) console.log(`  ${who}:\n    ${token}`);
    say(
      `try: curl -H "Authorization: Bearer <token>" http://localhost:${port}/v1/agreements/${LTU_NOK_LETTER_ID}/obligations`,
    );
    say("Ctrl-C stops everything.");
    return {
      endpoint: dynamo.endpoint,
      tableName: settings.tableName,
      clock,
      smtpPort: mail.port,
      api: `http://localhost:${port}`,
      onStop: (task) => stopTasks.push(task),
    };
  } catch (error) {
    console.error(`[dev] ${(error as Error).message}`);
    await stop(1);
    throw error;
  }
}
