import { stockholmDate } from "@samverkan/api/commands/today";
import { readSettings } from "@samverkan/api/config/settings";
import { dynamoLayer } from "@samverkan/api/store/dynamo";
import { Effect, Layer } from "effect";
import { eventBridgeNotifier } from "./notifier";
import { enforce } from "./run";

const busName = process.env.NOTIFICATION_BUS_NAME;
if (!busName) throw new Error("NOTIFICATION_BUS_NAME must be set for a deployed stage");
const layer = Layer.merge(
  dynamoLayer({ tableName: readSettings().tableName }),
  eventBridgeNotifier(busName),
);

/**
 * The daily run on AWS (06:00 Europe/Stockholm, `sst.aws.CronV2`). A failure throws, so the
 * schedule's retry policy runs it again; every write of a run is safe to repeat.
 */
export async function handler() {
  const summary = await Effect.runPromise(
    enforce(stockholmDate(Date.now())).pipe(Effect.provide(layer)),
  );
  console.log(JSON.stringify({ level: "info", message: "enforcement run", ...summary }));
  return summary;
}
