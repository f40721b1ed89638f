import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";
// The same plugins SST's build uses (infra/api.ts, infra/scheduler.ts: `nodejs.plugins`).
import plugins from "../../infra/esbuild-plugins.mjs";
import { HANDLERS, handlerFile } from "../../infra/handlers";
import { median } from "./stats";

const root = resolve(import.meta.dirname, "../..");

/** Bundles a handler the way SST builds a Lambda: esbuild, ESM, minified, for Node 22. */
async function bundle(entry: string, withSdk: boolean) {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    minify: true,
    platform: "node",
    format: "esm",
    target: "node22",
    write: false,
    external: withSdk ? [] : ["@aws-sdk/*", "@smithy/*"],
    // ESM bundles of CommonJS dependencies need a require; SST adds the same banner.
    banner: {
      js: "import { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);",
    },
    plugins,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.contents as Uint8Array;
}

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
}

const HANDLER_ENV = {
  SAMVERKAN_TABLE: "bench",
  AWS_REGION: "eu-north-1",
  AUTH_ISSUER: "https://issuer.example",
  AUTH_AUDIENCE: "samverkan-api",
  AUTH_JWKS_URL: "https://issuer.example/jwks",
  NOTIFICATION_BUS_NAME: "bench",
};

/** Bundle sizes and the time to import the bundle (and so build the app) against bare Node. */
export async function measureColdStarts(runs = 11): Promise<ColdStart[]> {
  const dir = mkdtempSync(join(tmpdir(), "samverkan-bundles-"));
  try {
    const results: ColdStart[] = [];
    const bareNodeMs = timeProcess(["-e", "0"], {}, runs);
    for (const [name, entry] of [
      ["api", handlerFile(HANDLERS.api)],
      ["scheduler", handlerFile(HANDLERS.scheduler)],
    ] as const) {
      const without = await bundle(entry, false);
      const withSdk = await bundle(entry, true);
      const file = join(dir, `${name}.mjs`);
      writeFileSync(file, withSdk);
      const importMs = timeProcess(
        ["--input-type=module", "-e", `await import(${JSON.stringify(file)})`],
        HANDLER_ENV,
        runs,
      );
      results.push({
        bundle: name,
        bytesWithoutSdk: without.byteLength,
        bytesWithSdk: withSdk.byteLength,
        importMs,
        bareNodeMs,
        ratio: importMs / bareNodeMs,
      });
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
