import { municipalities } from "./config";
import { HANDLERS } from "./handlers";
import { table, tableAccess } from "./storage";

/** Notifications go here, one event each; subscribe email, chat or anything else to it. */
export const bus = new sst.aws.Bus("Notifications");

/** Runs whose retries all failed land here, so a failed run is visible (an alarm watches it). */
export const failedRuns = new sst.aws.Queue("EnforcementFailures");

export const SCHEDULER_HANDLER = HANDLERS.scheduler;

/** The daily enforcement run at 06:00 Europe/Stockholm, retried up to 3 times; DST-aware. */
export const enforcement = new sst.aws.CronV2("Enforcement", {
  schedule: "cron(0 6 * * ? *)",
  timezone: "Europe/Stockholm",
  retries: 3,
  dlq: failedRuns.arn,
  function: {
    handler: SCHEDULER_HANDLER,
    runtime: "nodejs22.x",
    // As the API (infra/api.ts): chunks loaded on demand stay out of the cold start.
    nodejs: { plugins: "./infra/esbuild-plugins.mjs", splitting: true },
    // A run handles only what is due (a few hundred items even for ten thousand letters);
    // 5 minutes leaves room for a long backlog after an outage.
    memory: "1024 MB",
    timeout: "5 minutes",
    environment: {
      SAMVERKAN_TABLE: table.name,
      NOTIFICATION_BUS_NAME: bus.name,
      SAMVERKAN_MUNICIPALITIES: municipalities.value,
    },
    permissions: [
      tableAccess([
        "GetItem",
        "BatchGetItem",
        "Query",
        "PutItem",
        "UpdateItem",
        "DeleteItem",
        "BatchWriteItem",
        "TransactWriteItems",
      ]),
      { actions: ["events:PutEvents"], resources: [bus.arn] },
    ],
  },
});
