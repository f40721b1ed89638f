import { type ChildProcess, fork } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { keys } from "@samverkan/table";
import { bundleHandler } from "../../infra/bundle-handler";
import { HANDLERS, handlerFile } from "../../infra/handlers";
import { getEvent, handlerEnv, identityProvider, writeBundle } from "./deployed-handler";
import { ms, quantile } from "./stats";
import type { BenchSystem } from "./system";

export interface LambdaOverhead {
  readonly requests: number;
  /** The handler's duration, as Lambda bills it: from the event to the result. */
  readonly handlerP50: number;
  readonly handlerP99: number;
  /** The raw GetItem the handler makes, from the same process, interleaved. */
  readonly getItemP50: number;
  readonly getItemP99: number;
  readonly p50Ratio: number;
  /** What the caller waited for, the runtime's hop (here IPC) included. */
  readonly roundTripP50: number;
  /**
   * The first read of a cold start, and the first raw GetItem after it: what import-time work
   * moved to first use costs (D-68: the route group, ICU's time zones), with the token's JWKS
   * fetch and the first connection that every cold start pays.
   */
  readonly firstReadMs: number;
  readonly firstGetItemMs: number;
}

// The Lambda runtime's part, played by a forked process: load the handler once, then run each
// event it is sent and report the handler's duration, as Lambda does. It also makes the raw
// GetItem of the comparison, with its own client of the same SDK, so both are timed alike.
const RUNNER = `
const [handlerPath, sdkPath] = process.argv.slice(2);
const { handler } = await import(handlerPath);
const { DynamoDBClient, GetItemCommand } = await import(sdkPath);
const client = new DynamoDBClient({});
process.on("message", async (message) => {
  if (message.kind === "exit") process.exit(0);
  const started = performance.now();
  if (message.kind === "getItem") {
    await client.send(new GetItemCommand(message.input));
    return process.send({ ms: performance.now() - started });
  }
  const result = await handler(message.event, {});
  const ms = performance.now() - started;
  process.send({ ms, statusCode: result.statusCode });
});
process.send("ready");
`;

/** Sends `message` to the runner and waits for its answer. */
async function ask(runner: ChildProcess, message: unknown) {
  const answer = once(runner, "message");
  runner.send(message as never);
  const [result] = (await answer) as [{ ms: number; statusCode?: number }];
  return result;
}

/**
 * p50 and p99 of `GET /v1/agreements/{id}` as a Lambda serves it: the deployed bundle (built as
 * SST builds it) in a process of its own, invoked with API Gateway events, its token checked
 * against the identity provider's JWKS; the handler's duration beside the raw `GetItem` it makes,
 * timed in that process, interleaved. The caller (this process) shares no event loop with it.
 */
export async function measureLambdaOverhead(
  system: BenchSystem,
  endpoint: string,
  requests = 1000,
): Promise<LambdaOverhead> {
  const letterId = await system.seed("lambda-overhead", "2025-10-01");
  const dir = mkdtempSync(join(tmpdir(), "samverkan-lambda-"));
  const idp = await identityProvider();
  let runner: ChildProcess | undefined;
  const handler: number[] = [];
  const raw: number[] = [];
  const roundTrip: number[] = [];
  let firstReadMs = 0;
  let firstGetItemMs = 0;
  try {
    const bundle = await bundleHandler(handlerFile(HANDLERS.api), {
      withSdk: true,
      // A profile names functions only in an unminified bundle.
      minify: !process.env.BENCH_CPU_PROF,
    });
    const entry = writeBundle(bundle, dir);
    writeFileSync(join(dir, "runner.mjs"), RUNNER);
    const sdk = fileURLToPath(import.meta.resolve("@aws-sdk/client-dynamodb"));
    runner = fork(join(dir, "runner.mjs"), [entry, sdk], {
      // BENCH_CPU_PROF=<dir> writes a CPU profile of the handler's process there, to see where
      // its time over the raw GetItem goes (open it in Chrome's DevTools).
      execArgv: process.env.BENCH_CPU_PROF
        ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
        : [],
      stdio: ["ignore", "ignore", "inherit", "ipc"],
      env: handlerEnv(system, endpoint, idp.jwksUrl),
    });
    await once(runner, "message");
    const path = `/v1/agreements/${letterId}`;
    const getItem = {
      kind: "getItem",
      input: {
        TableName: system.tableName,
        Key: { pk: { S: keys.letter(letterId).pk }, sk: { S: "HEAD" } },
        ConsistentRead: true,
      },
    };
    for (let i = 0; i < requests + 50; i++) {
      const started = performance.now();
      const invoked = await ask(runner, { kind: "invoke", event: getEvent(path, idp.token, i) });
      const waited = performance.now() - started;
      if (invoked.statusCode !== 200) throw new Error(`GET returned ${invoked.statusCode}`);
      const read = await ask(runner, getItem);
      if (i === 0) {
        firstReadMs = invoked.ms;
        firstGetItemMs = read.ms;
      }
      // The first 50 of each warm up: the JWKS fetch, JIT, connections.
      if (i >= 50) {
        handler.push(invoked.ms);
        raw.push(read.ms);
        roundTrip.push(waited);
      }
    }
    // Asked to exit rather than killed, so that a CPU profile is written.
    const exited = once(runner, "exit");
    runner.send({ kind: "exit" });
    await exited;
  } finally {
    if (runner?.exitCode === null) runner.kill();
    idp.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const handlerP50 = quantile(handler, 0.5);
  const getItemP50 = quantile(raw, 0.5);
  return {
    requests,
    handlerP50: ms(handlerP50),
    handlerP99: ms(quantile(handler, 0.99)),
    getItemP50: ms(getItemP50),
    getItemP99: ms(quantile(raw, 0.99)),
    p50Ratio: ms(handlerP50 / getItemP50),
    roundTripP50: ms(quantile(roundTrip, 0.5)),
    firstReadMs: ms(firstReadMs),
    firstGetItemMs: ms(firstGetItemMs),
  };
}
