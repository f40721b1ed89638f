import {
  dynamoLayer,
  enforce,
  eventBridgeNotifier,
  logLines,
  readSettings,
  stockholmDate,
} from "@samverkan/core";
import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";

const busName = process.env.NOTIFICATION_BUS_NAME;
if (!busName) throw new Error("NOTIFICATION_BUS_NAME must be set for a deployed stage");
const layer = Layer.mergeAll(
  dynamoLayer({ tableName: readSettings().tableName }),
  eventBridgeNotifier(busName),
  logLines,
);

/**
 * The daily run on AWS (06:00 Europe/Stockholm, `sst.aws.CronV2`). A letter that could not be
 * finished (or a digest not sent, D-62) makes the invocation fail after the others are done, so the schedule's retry policy
 * runs it again; every write of a run is safe to repeat.
 */
export async function handler() {
  const summary = await Effect.runPromise(
    enforce(stockholmDate(Date.now())).pipe(Effect.provide(layer)),
  );
  console.log(JSON.stringify({ level: "info", message: "enforcement run", ...summary }));
  if (summary.lettersFailed > 0)
    throw new Error(`${summary.lettersFailed} letters could not be finished; the retry takes them`);
  // D-62: a person's digest not sent stays in the day's index; the retry (or tomorrow's run) sends it.
  if (summary.personDigestsFailed > 0)
    throw new Error(
      `${summary.personDigestsFailed} people's digests could not be sent; the retry sends them`,
    );
  return summary;
}
