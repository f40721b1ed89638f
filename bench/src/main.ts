// `pnpm bench`: speed and scale, each figure measured side by side in one run. Prints a table and
// writes bench/results.json. Not part of the test command: timings belong here, not in tests.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { startDynamoDbLocal } from "@samverkan/core/local";
import { measureColdFirstRequests } from "./cold-first-request";
import { FLOOR_BUNDLE, measureColdStarts } from "./cold-start";
import { measureDomain } from "./domain-throughput";
import { measureLambdaOverhead } from "./lambda-overhead";
import { measureReportRead } from "./report-read";
import { measureRequestOverhead } from "./request-overhead";
import { measureSchedulerRun } from "./scheduler-run";
import { ms } from "./stats";
import { createBenchSystem } from "./system";
import { measureTasksRead } from "./tasks-read";
import { measureWrites } from "./writes";

process.env.SAMVERKAN_LOG = "silent";
const say = (line: string) => process.stderr.write(`bench: ${line}\n`);
const sizes = (process.env.BENCH_LETTERS ?? "100,1000,10000").split(",").map(Number);
// Issue 20: GET /v1/tasks for one organisation in 10 and in 500 letters (smallest and largest).
const taskSizes = (process.env.BENCH_TASK_LETTERS ?? "10,500").split(",").map(Number);

say("building the API and scheduler bundles as SST does, timing imports (11 runs each) …");
const coldStarts = await measureColdStarts(11);
// The budgets are the API's and the scheduler's; the floor is printed beside them.
const budgeted = coldStarts.filter((c) => c.bundle !== FLOOR_BUNDLE);
say("domain: obligations of 10 000 letters …");
const domain = measureDomain(10_000);

say("starting DynamoDB Local …");
const local = await startDynamoDbLocal();
try {
  const system = await createBenchSystem(local.endpoint);
  say(
    "request overhead: 1 000 GETs through the Node server (its own process) beside 1 000 raw GetItems …",
  );
  const overhead = await measureRequestOverhead(system, system.raw, local.endpoint);
  say(
    "request overhead as a Lambda: 1 000 GET events to the API bundle in its own process, each beside a raw GetItem …",
  );
  const lambda = await measureLambdaOverhead(system, local.endpoint);
  say(
    "cold starts through their first answer: the API's first GET beside the floor's GetItem (11 runs each) …",
  );
  const coldFirst = await measureColdFirstRequests(system, local.endpoint);
  say("writes: sign/sign/dialog/notice cycles on 100 letters from 4 clients …");
  const writes = await measureWrites(system);
  say("follow-up report over a letter with 20 000 events: 21 GETs …");
  const report = await measureReportRead(system);
  await system.close();
  const tasks = [];
  for (const letters of taskSizes) {
    say(`GET /v1/tasks for one organisation in ${letters} letters …`);
    tasks.push(await measureTasksRead(local.endpoint, letters, say));
  }
  const tasksRatio = ms(
    Math.max(...tasks.map((r) => r.p50)) / Math.min(...tasks.map((r) => r.p50)),
  );
  const runs = [];
  for (const letters of sizes) {
    say(`scheduled run over ${letters} letters across many organisations, the same 10 due …`);
    runs.push(await measureSchedulerRun(local.endpoint, letters, say));
  }

  const budgets = {
    bundleWithoutSdkKb: {
      budget: 350,
      ok: budgeted.every((c) => c.bytesWithoutSdk / 1024 <= 350),
    },
    importRatio: { budget: 2, ok: budgeted.every((c) => c.ratio <= 2) },
    // Issue 18: the API's import against the floor's, timed side by side.
    apiImportVsFloor: {
      budget: 1.3,
      ok: (coldStarts.find((c) => c.bundle === "api")?.floorRatio ?? Infinity) <= 1.3,
    },
    // The Lambda's own duration against its GetItem; the Node server's figure adds an HTTP hop
    // that a Lambda does not have, and is printed beside it.
    requestP50Ratio: { budget: 1.5, ok: lambda.p50Ratio <= 1.5 },
    requestsPerCommand: { budget: 2, ok: writes.requestsPerCommand <= 2 },
    // D-48: the first page of an organisation's tasks costs the same at 500 letters as at 10.
    tasksP50Ratio: { budget: 1.5, ok: tasksRatio <= 1.5 },
    schedulerItemsFlat: {
      budget: 2,
      ok:
        Math.max(...runs.map((r) => r.itemsRead)) <= 2 * Math.min(...runs.map((r) => r.itemsRead)),
    },
  };
  const results = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    coldStarts,
    overhead,
    lambda,
    coldFirst,
    writes,
    report,
    tasks,
    schedulerRuns: runs,
    domain,
    budgets,
  };
  writeFileSync(
    join(import.meta.dirname, "../results.json"),
    `${JSON.stringify(results, null, 2)}\n`,
  );

  const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
  const mark = (ok: boolean) => (ok ? "✓" : "✗ over budget");
  const rows: Array<[string, string, string]> = [
    ...coldStarts.flatMap((c): Array<[string, string, string]> => {
      const floor = c.bundle === FLOOR_BUNDLE;
      return [
        [
          `${c.bundle} bundle without / with SDK`,
          `${kb(c.bytesWithoutSdk)} / ${kb(c.bytesWithSdk)}`,
          floor ? "" : `≤ 350 KB without ${mark(c.bytesWithoutSdk / 1024 <= 350)}`,
        ],
        [
          `${c.bundle} import vs bare node (median of 11)`,
          `${Math.round(c.importMs)} ms vs ${Math.round(c.bareNodeMs)} ms = ${c.ratio.toFixed(2)}×`,
          floor ? "(the floor: any handler with the SDK)" : `≤ 2× ${mark(c.ratio <= 2)}`,
        ],
        ...(floor
          ? []
          : ([
              [
                `${c.bundle} import vs the floor's (side by side)`,
                `${c.floorRatio.toFixed(2)}×`,
                c.bundle === "api" ? `≤ 1.3× ${mark(c.floorRatio <= 1.3)}` : "",
              ],
            ] as Array<[string, string, string]>)),
      ];
    }),
    [
      "Lambda GET agreement duration p50 / p99",
      `${lambda.handlerP50} / ${lambda.handlerP99} ms (caller waited ${lambda.roundTripP50} ms)`,
      "",
    ],
    ["its raw GetItem p50 / p99", `${lambda.getItemP50} / ${lambda.getItemP99} ms`, ""],
    [
      "cold start to its first answer: API's GET / floor's GetItem",
      `${coldFirst.apiMs} / ${coldFirst.floorMs} ms = ${coldFirst.ratio}× (API: import ${coldFirst.apiImportMs} ms, then its first request ${coldFirst.apiFirstRequestMs} ms)`,
      "(fresh processes, Node's start-up in both)",
    ],
    [
      "Lambda first GET of a cold start / its first raw GetItem",
      `${lambda.firstReadMs} / ${lambda.firstGetItemMs} ms`,
      "(route group, time zones and JWKS loaded on first use)",
    ],
    [
      "Lambda request overhead p50 ratio",
      `${lambda.p50Ratio}×`,
      `≤ 1.5× ${mark(budgets.requestP50Ratio.ok)}`,
    ],
    [
      "through the local Node server: GET p50 / raw GetItem p50",
      `${overhead.apiP50} / ${overhead.getItemP50} ms = ${overhead.p50Ratio}×`,
      "(an HTTP hop more than a Lambda)",
    ],
    [
      "writes, 4 clients",
      `${writes.commandsPerSecond} commands/s (${writes.commands} commands)`,
      "",
    ],
    [
      "DynamoDB requests per command",
      `${writes.requestsPerCommand}`,
      `≤ 2 (1 read + 1 transaction) ${mark(budgets.requestsPerCommand.ok)}`,
    ],
    [
      `follow-up report, ${report.events} events, p50 / p99`,
      `${report.p50} / ${report.p99} ms (${report.requests} requests)`,
      "",
    ],
    ...tasks.map((r): [string, string, string] => [
      `GET /v1/tasks, one organisation in ${r.letters} letters, p50 / p99`,
      `${r.p50} / ${r.p99} ms (${r.dynamoRequestsPerGet} DynamoDB requests, ${r.tasksOnFirstPage} tasks)`,
      "",
    ]),
    [
      "GET /v1/tasks p50, most letters / fewest",
      `${tasksRatio}×`,
      `≤ 1.5× ${mark(budgets.tasksP50Ratio.ok)}`,
    ],
    ...runs.map((r): [string, string, string] => [
      `scheduled run, ${r.letters} letters, ${r.organisations} organisations (${r.due} due)`,
      `${r.itemsRead} items read, ${r.ms} ms`,
      "",
    ]),
    [
      "scheduled run items read, largest / smallest",
      `${(Math.max(...runs.map((r) => r.itemsRead)) / Math.min(...runs.map((r) => r.itemsRead))).toFixed(2)}×`,
      `≤ 2× ${mark(budgets.schedulerItemsFlat.ok)}`,
    ],
    [
      "domain obligations, 10 000 letters",
      `${domain.lettersPerSecond} letters/s (${domain.obligations} obligations)`,
      "",
    ],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  const valueWidth = Math.max(...rows.map((r) => r[1].length));
  console.log(`\n${"measure".padEnd(width)}  ${"value".padEnd(valueWidth)}  budget`);
  for (const [what, value, budget] of rows)
    console.log(`${what.padEnd(width)}  ${value.padEnd(valueWidth)}  ${budget}`);
  console.log("\nwritten: bench/results.json");
} finally {
  await local.stop();
}
