import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundleHandler } from "../../infra/bundle-handler";
import { HANDLERS, handlerFile } from "../../infra/handlers";
import { writeBundle } from "./deployed-handler";
import { median } from "./stats";

/** The floor: a handler that only makes a GetItem (no budget of its own; see main.ts). */
export const FLOOR_BUNDLE = "DynamoDB client alone";

/** Wall time of a fresh Node process running `script`, median of `runs`. */
function timeProcess(args: string[], env: NodeJS.ProcessEnv, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, args, {
      env: { ...process.env, ...env },
      stdio: "pipe",
    });
    if (result.status !== 0)
      throw new Error(`node ${args.join(" ")} failed: ${result.stderr.toString().slice(0, 500)}`);
    samples.push(performance.now() - started);
  }
  return median(samples);
}

export interface ColdStart {
  readonly bundle: string;
  readonly bytesWithoutSdk: number;
  readonly bytesWithSdk: number;
  readonly importMs: number;
  readonly bareNodeMs: number;
  readonly ratio: number;
  /** Import time against the floor's (issue 18: the API's ≤ 1.3×). */
  readonly floorRatio: number;
}

const HANDLER_ENV = {
  SAMVERKAN_TABLE: "bench",
  AWS_REGION: "eu-north-1",
  AUTH_ISSUER: "https://issuer.example",
  AUTH_AUDIENCE: "samverkan-api",
  AUTH_JWKS_URL: "https://issuer.example/jwks",
  SAMVERKAN_CURSOR_KEY: "bench-cursor-key-not-a-secret-0123456789",
  SAMVERKAN_PERSON_KEY_WRAPPING: "bench-person-key-wrapping-not-a-secret",
  NOTIFICATION_BUS_NAME: "bench",
};

/** One sample of each command in turn, `runs` times: side by side, so load drifts alike. */
function timeInterleaved(
  commands: readonly (readonly [readonly string[], NodeJS.ProcessEnv])[],
  runs: number,
) {
  const samples = commands.map(() => [] as number[]);
  for (let i = 0; i < runs; i++)
    for (const [j, [args, env]] of commands.entries())
      samples[j]?.push(timeProcess([...args], env, 1));
  return samples.map(median);
}

/**
 * Bundle sizes and the time to import the bundle (and so build the app) against bare Node and
 * against the floor (a handler that only makes a GetItem): each run times bare Node, the API, the
 * scheduler and the floor one after the other.
 */
export async function measureColdStarts(runs = 11): Promise<ColdStart[]> {
  const dir = mkdtempSync(join(tmpdir(), "samverkan-bundles-"));
  try {
    const bundles = [];
    for (const [name, entry] of [
      ["api", handlerFile(HANDLERS.api)],
      ["scheduler", handlerFile(HANDLERS.scheduler)],
      [FLOOR_BUNDLE, "bench/src/dynamodb-only-handler.ts"],
    ] as const) {
      const without = await bundleHandler(entry, { withSdk: false });
      const withSdk = await bundleHandler(entry, { withSdk: true });
      bundles.push({ name, without, withSdk, file: writeBundle(withSdk, join(dir, name)) });
    }
    const [bareNodeMs = 0, ...importMs] = timeInterleaved(
      [
        [["-e", "0"], {}],
        ...bundles.map(
          (b) =>
            [
              ["--input-type=module", "-e", `await import(${JSON.stringify(b.file)})`],
              HANDLER_ENV,
            ] as const,
        ),
      ],
      runs,
    );
    const floorMs = importMs[bundles.length - 1] ?? 0;
    return bundles.map((b, i) => ({
      bundle: b.name,
      bytesWithoutSdk: b.without.bytesAtImport,
      bytesWithSdk: b.withSdk.bytesAtImport,
      importMs: importMs[i] ?? 0,
      bareNodeMs,
      ratio: (importMs[i] ?? 0) / bareNodeMs,
      floorRatio: (importMs[i] ?? 0) / floorMs,
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
