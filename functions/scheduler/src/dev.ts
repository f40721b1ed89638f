// `pnpm dev`: the whole system on this machine. The API on DynamoDB Local with the LTU–NoK letter
// (functions/api/src/local/local-system.ts), and the daily enforcement run: once at start-up, then
// every day at 06:00 Europe/Stockholm.
import "@samverkan/api/local/quiet-sdk-warning";
import { stockholmDate } from "@samverkan/api/commands/today";
import { startLocalSystem } from "@samverkan/api/local/local-system";
import { dynamoLayer } from "@samverkan/api/store/dynamo";
import { Effect, Layer } from "effect";
import { logNotifier } from "./notifier";
import { enforce } from "./run";
import { millisUntilNextRun } from "./schedule";

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
