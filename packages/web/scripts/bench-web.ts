// `pnpm --filter @samverkan/web bench`: the workspace's budgets (web.md), measured, not asserted:
// the first page's JavaScript (≤ 100 KB gzip) and the overview's LCP on the local system in
// Chromium (≤ 1 s). Needs the built workspace (`pnpm --filter @samverkan/web build`).
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startLocalWorkspace } from "../test/support/local-workspace";
import { seedWorkspace } from "../test/support/seed-workspace";
import { firstPageSize } from "./first-page-size";
import { overviewLcp } from "./overview-lcp";

const packageDir = join(import.meta.dirname, "..");
const distDir = join(packageDir, "dist");
const JS_BUDGET_KB = 100;
const LCP_BUDGET_MS = 1000;
const SLOW_LCP_BUDGET_MS = 2000;
const RUNS = 7;
const SLOW_RUNS = 5;

export interface WebBench {
  readonly firstPageJsGzipKb: number;
  readonly firstPageCssGzipKb: number;
  readonly lcpMs: { readonly median: number; readonly runs: readonly number[] };
  /** The same on a slow device and network (`SLOW_DEVICE`: 4× CPU, 1.6 Mbps, 150 ms). */
  readonly slowLcpMs: { readonly median: number; readonly runs: readonly number[] };
}

const medianOf = (runs: readonly number[]) =>
  [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)] as number;

/** Measures both budgets; starts and stops its own local system. */
export async function benchWeb(): Promise<WebBench> {
  if (!existsSync(join(distDir, ".vite", "manifest.json")))
    throw new Error("the workspace is not built: run `pnpm --filter @samverkan/web build` first");
  const size = firstPageSize(distDir);
  const workspace = await startLocalWorkspace();
  try {
    await seedWorkspace(workspace);
    const overview = `/avtal/${workspace.letterId}`;
    const nora = await workspace.tokenOf("nora");
    const runs = await overviewLcp(workspace.url, overview, RUNS, false, nora);
    const slowRuns = await overviewLcp(workspace.url, overview, SLOW_RUNS, true, nora);
    return {
      firstPageJsGzipKb: Math.round(size.jsGzipBytes / 102.4) / 10,
      firstPageCssGzipKb: Math.round(size.cssGzipBytes / 102.4) / 10,
      lcpMs: { median: medianOf(runs), runs },
      slowLcpMs: { median: medianOf(slowRuns), runs: slowRuns },
    };
  } finally {
    await workspace.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchWeb();
  const verdict = (ok: boolean) => (ok ? "within budget" : "OVER BUDGET");
  console.log(
    `web: first-page JavaScript ${result.firstPageJsGzipKb} KB gzip (budget ≤ ${JS_BUDGET_KB} KB): ${verdict(result.firstPageJsGzipKb <= JS_BUDGET_KB)}; CSS ${result.firstPageCssGzipKb} KB gzip`,
  );
  console.log(
    `web: LCP of the overview ${result.lcpMs.median} ms, median of ${RUNS} cold loads [${result.lcpMs.runs.join(", ")}] (budget ≤ ${LCP_BUDGET_MS} ms): ${verdict(result.lcpMs.median <= LCP_BUDGET_MS)}`,
  );
  console.log(
    `web: LCP of the overview on a slow device (4× CPU, 1.6 Mbps, 150 ms) ${result.slowLcpMs.median} ms, median of ${SLOW_RUNS} cold loads [${result.slowLcpMs.runs.join(", ")}] (budget ≤ ${SLOW_LCP_BUDGET_MS} ms): ${verdict(result.slowLcpMs.median <= SLOW_LCP_BUDGET_MS)}`,
  );
  mkdirSync(join(packageDir, ".test-results"), { recursive: true });
  writeFileSync(
    join(packageDir, ".test-results", "bench-web.json"),
    `${JSON.stringify(result, null, 2)}\n`,
  );
  process.exit(0);
}
