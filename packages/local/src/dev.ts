// `pnpm dev`: the whole system on this machine. The API on DynamoDB Local with the LTU–NoK letter
// (packages/local/src/local-system.ts), the local mail server, and the daily enforcement run: once
// at start-up, then every day at 06:00 Europe/Stockholm, delivering its reminders as mail.
import "./quiet-sdk-warning";

import { enforce, today } from "@samverkan/core";
import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";
import { millisUntilNextRun } from "./daily-schedule";
import { startLocalSystem } from "./local-system";
import { localMailLayer } from "./mail-delivery";

const system = await startLocalSystem().catch(() => process.exit(1));
// The same clock as the API's: with SAMVERKAN_TODAY the run and its mail agree on the day.
const layer = Layer.merge(
  localMailLayer({
    tableName: system.tableName,
    endpoint: system.endpoint,
    smtpPort: system.smtpPort,
    webBaseUrl: system.api,
  }),
  system.clock,
);

async function runNow() {
  try {
    const s = await Effect.runPromise(
      Effect.flatMap(today, (asOf) => enforce(asOf)).pipe(Effect.provide(layer)),
    );
    console.log(
      `[scheduler] ${s.asOf}: ${s.lettersLookedAt} letters looked at, ${s.itemsDue} items due, ${s.eventsRecorded} events recorded, ${s.notificationsSent} notifications: ${s.notificationsDelivered} delivered, ${s.notificationsNotDelivered} not delivered (nobody to tell), ${s.notificationsCaughtUp} delivered late to contacts named since, ${s.personDigestsSent} day digests sent, ${s.ms} ms`,
    );
  } catch (error) {
    console.error(`[scheduler] the run failed: ${String(error)}; the next run catches up`);
  }
}

let timer: NodeJS.Timeout | undefined;
function scheduleNext() {
  const wait = millisUntilNextRun(Date.now());
  console.log(
    `[scheduler] next run in ${Math.round(wait / 60_000)} minutes (06:00 Europe/Stockholm)`,
  );
  timer = setTimeout(async () => {
    await runNow();
    scheduleNext();
  }, wait);
}
system.onStop(() => clearTimeout(timer));
await runNow();
scheduleNext();
