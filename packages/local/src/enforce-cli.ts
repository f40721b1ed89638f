// `pnpm enforce [--as-of YYYY-MM-DD]`: the daily run, for any date up to today, against the
// database of the running `pnpm dev` (found through .data/dev.json), delivering its mail to the
// local mail server. A date after today writes and sends nothing: it prints what the run would do.
import "./quiet-sdk-warning";
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { clockWithToday, enforce, previewRun, stockholmDate, today } from "@samverkan/core";
import { CalendarDate } from "@samverkan/domain";
import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";
import { localMailLayer } from "./mail-delivery";
import { printPreview } from "./mail-preview";
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
if (!existsSync(DEV_STATE_FILE))
  fail("no local system is running: start it with `pnpm dev` in another terminal first");
const dev = JSON.parse(readFileSync(DEV_STATE_FILE, "utf8")) as {
  endpoint: string;
  tableName: string;
  api: string;
  smtpPort: number;
  today?: string;
  todayAt?: number;
};
// The running system's clock (SAMVERKAN_TODAY), so "today" here is its today.
const clock =
  dev.today && dev.todayAt ? clockWithToday(dev.today as CalendarDate, dev.todayAt) : Layer.empty;
const systemToday = await Effect.runPromise(today.pipe(Effect.provide(clock)));
const asOf = CalendarDate.safeParse(values["as-of"] ?? systemToday);
if (!asOf.success) fail(`--as-of ${values["as-of"]}: must be a real date written YYYY-MM-DD`);
const layer = Layer.merge(localMailLayer({ ...dev, webBaseUrl: dev.api }), clock);

if (asOf.data > systemToday) {
  // Recording a letter's end early or mailing people about the future is what nobody expects.
  const previews = await Effect.runPromise(previewRun(asOf.data).pipe(Effect.provide(layer))).catch(
    (error: unknown) =>
      fail(`the preview failed: ${String(error)}. Is \`pnpm dev\` still running?`),
  );
  printPreview(asOf.data, systemToday, previews);
  process.exit(0);
}

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
    `${summary.eventsRecorded} events recorded, ${summary.notificationsSent} notifications: ` +
    `${summary.notificationsDelivered} delivered, ${summary.notificationsNotDelivered} not delivered (nobody to tell), ` +
    `${summary.notificationsCaughtUp} delivered late to contacts named since, ` +
    `${summary.personDigestsSent} day digests sent, ${summary.ms} ms` +
    ` (mail: ${dev.api}/local/mail; real today ${stockholmDate(Date.now())})`,
);
