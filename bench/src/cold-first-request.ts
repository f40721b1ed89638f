import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { keys } from "@samverkan/table";
import { bundleHandler } from "../../infra/bundle-handler";
import { HANDLERS, handlerFile } from "../../infra/handlers";
import { getEvent, handlerEnv, identityProvider, writeBundle } from "./deployed-handler";
import { median, ms } from "./stats";
import type { BenchSystem } from "./system";

const run = promisify(execFile);

/**
 * A cold start through its first answer, as a Lambda's first invocation: a fresh process imports
 * the handler and serves one event. The API answers `GET /v1/agreements/{id}` (its route group,
 * ICU's time zones, the JWKS and the first connection are loaded then: D-68 moved some import-time
 * work to first use); the floor makes its one `GetItem` of the same letter. No budget: it shows
 * what the import budget alone does not, that the moved work is not hidden in the first request.
 */
export interface ColdFirstRequest {
  readonly runs: number;
  /** Process start to the first answer, median, wall time (Node's start-up included in both). */
  readonly apiMs: number;
  readonly floorMs: number;
  readonly ratio: number;
  /** Within the API's process: the import, then the first request, medians. */
  readonly apiImportMs: number;
  readonly apiFirstRequestMs: number;
}

// The runtime's part: import the handler, serve the event given, report both times.
const RUNNER = `
const started = performance.now();
const { handler } = await import(process.argv[2]);
const imported = performance.now();
const result = await handler(JSON.parse(process.argv[3]), {});
const done = performance.now();
const ok = result.statusCode ? result.statusCode === 200 : Boolean(result.Item);
process.stdout.write(JSON.stringify({ importMs: imported - started, firstMs: done - imported, ok }));
`;

/** `runs` fresh processes of the API and of the floor, in turn, each serving one event. */
export async function measureColdFirstRequests(
  system: BenchSystem,
  endpoint: string,
  runs = 11,
): Promise<ColdFirstRequest> {
  const letterId = await system.seed("cold-first-request", "2025-10-01");
  const dir = mkdtempSync(join(tmpdir(), "samverkan-cold-"));
  const idp = await identityProvider();
  try {
    writeFileSync(join(dir, "runner.mjs"), RUNNER);
    const entries: Record<string, string> = {};
    for (const [name, entry] of [
      ["api", handlerFile(HANDLERS.api)],
      ["floor", "bench/src/dynamodb-only-handler.ts"],
    ] as const) {
      entries[name] = writeBundle(await bundleHandler(entry, { withSdk: true }), join(dir, name));
    }
    const events = {
      api: getEvent(`/v1/agreements/${letterId}`, idp.token, 0),
      floor: { pk: keys.letter(letterId).pk },
    };
    const env = handlerEnv(system, endpoint, idp.jwksUrl);
    const wall = { api: [] as number[], floor: [] as number[] };
    const api = { importMs: [] as number[], firstMs: [] as number[] };
    for (let i = 0; i < runs; i++)
      for (const name of ["api", "floor"] as const) {
        const started = performance.now();
        // Asynchronous: the identity provider answering the JWKS fetch runs in this process.
        const { stdout } = await run(
          process.execPath,
          [join(dir, "runner.mjs"), entries[name] ?? "", JSON.stringify(events[name])],
          { env },
        );
        wall[name].push(performance.now() - started);
        const answer = JSON.parse(stdout) as { importMs: number; firstMs: number; ok: boolean };
        if (!answer.ok) throw new Error(`the ${name}'s first request failed`);
        if (name === "api") {
          api.importMs.push(answer.importMs);
          api.firstMs.push(answer.firstMs);
        }
      }
    return {
      runs,
      apiMs: ms(median(wall.api)),
      floorMs: ms(median(wall.floor)),
      ratio: ms(median(wall.api) / median(wall.floor)),
      apiImportMs: ms(median(api.importMs)),
      apiFirstRequestMs: ms(median(api.firstMs)),
    };
  } finally {
    idp.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
