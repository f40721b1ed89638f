// `pnpm enforce [--as-of YYYY-MM-DD]`: the daily run, for any date, against the database of the
// running `pnpm dev` (found through .data/dev.json). Prints progress on long runs and a summary.
import "./quiet-sdk-warning";
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { dynamoLayer, enforce, Notifier, stockholmDate } from "@samverkan/core";
import { CalendarDate } from "@samverkan/domain";
import { Effect, Layer } from "effect";
import { DEV_STATE_FILE } from "./paths";

function fail(message: string): never {
  console.error(`enforce: ${message}`);
  process.exit(2);
}

let values: { "as-of"?: string };
try {
  ({ values } = parseArgs({ options: { "as-of": { type: "string" } } }));
} catch (error) {
  fail(`${(error as Error).message}\nusage: pnpm enforce [--as-of YYYY-MM-DD]`);
}
const asOf = CalendarDate.safeParse(values["as-of"] ?? stockholmDate(Date.now()));
if (!asOf.success) fail(`--as-of ${values["as-of"]}: must be a real date written YYYY-MM-DD`);
if (!existsSync(DEV_STATE_FILE))
  fail("no local system is running: start it with `pnpm dev` in another terminal first");
const { endpoint, tableName } = JSON.parse(readFileSync(DEV_STATE_FILE, "utf8")) as {
  endpoint: string;
  tableName: string;
};

// Locally a notification is a line on the terminal; it is also listed by GET …/notifications.
const printNotifier = Layer.succeed(Notifier, {
  publish: (n) =>
    Effect.sync(() =>
      console.log(
        `  sent [${n.rule}] ${n.kind} (${n.letterId}) to ${n.recipients.join(", ")}: ${n.message}`,
      ),
    ),
});
const layer = Layer.merge(dynamoLayer({ tableName, endpoint }), printNotifier);
let lastShown = 0;
const summary = await Effect.runPromise(
  enforce(asOf.data, {
    onProgress: (done, total) => {
      if (total >= 50 && (done === total || Date.now() - lastShown > 1000)) {
        lastShown = Date.now();
        process.stderr.write(`enforce: ${done}/${total} letters\n`);
      }
    },
  }).pipe(Effect.provide(layer)),
).catch((error: unknown) =>
  fail(`the run failed: ${String(error)}. Is \`pnpm dev\` still running?`),
);
console.log(
  `enforce ${summary.asOf}: ${summary.lettersLookedAt} letters looked at, ${summary.itemsDue} items due, ` +
    `${summary.eventsRecorded} events recorded, ${summary.notificationsSent} notifications sent, ${summary.ms} ms`,
);
