// `pnpm dev`: the whole system on this machine. The API on DynamoDB Local with the LTU–NoK letter
// (packages/local/src/local-system.ts), and the daily enforcement run: once at start-up, then
// every day at 06:00 Europe/Stockholm.
import "./quiet-sdk-warning";

import { dynamoLayer, enforce, logNotifier, stockholmDate } from "@samverkan/core";
import { Effect, Layer } from "effect";
import { millisUntilNextRun } from "./daily-schedule";
import { startLocalSystem } from "./local-system";

const system = await startLocalSystem().catch(() => process.exit(1));
const layer = Layer.merge(
  dynamoLayer({ tableName: system.tableName, endpoint: system.endpoint }),
  logNotifier,
);

async function runNow() {
  const asOf = stockholmDate(Date.now());
  try {
    const s = await Effect.runPromise(enforce(asOf).pipe(Effect.provide(layer)));
    console.log(
      `[scheduler] ${s.asOf}: ${s.lettersLookedAt} letters looked at, ${s.itemsDue} items due, ${s.eventsRecorded} events recorded, ${s.notificationsSent} notifications sent, ${s.ms} ms`,
    );
  } catch (error) {
    console.error(
      `[scheduler] the run for ${asOf} failed: ${String(error)}; the next run catches up`,
    );
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
