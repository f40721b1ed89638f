// Largest contentful paint of the overview in Chromium on the local system: a fresh browser
// context each time (cold cache), with a token of the local OpenID Provider, the page loaded once.
import { chromium } from "playwright-core";

/**
 * A slow phone on a slow network, as the budget is stated: the CPU four times slower and
 * 1.6 Mbps down, 750 kbps up, 150 ms round trips (Lighthouse's "slow 4G"), through CDP.
 */
export const SLOW_DEVICE = {
  cpuSlowdown: 4,
  latencyMs: 150,
  downloadBytesPerSecond: (1.6 * 1024 * 1024) / 8,
  uploadBytesPerSecond: (750 * 1024) / 8,
} as const;

/**
 * LCP in milliseconds of `runs` cold loads of `overviewUrl`, signed in as Nora; with `throttled`,
 * on `SLOW_DEVICE`.
 */
export async function overviewLcp(
  baseUrl: string,
  overviewPath: string,
  runs: number,
  throttled = false,
  /** Nora's token from the local OpenID Provider (startLocalWorkspace's `tokenOf`). */
  token = "",
): Promise<number[]> {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox"],
  });
  const times: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        locale: "sv-SE",
      });
      const page = await context.newPage();
      if (throttled) {
        const cdp = await context.newCDPSession(page);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: SLOW_DEVICE.cpuSlowdown });
        await cdp.send("Network.enable");
        await cdp.send("Network.emulateNetworkConditions", {
          offline: false,
          latency: SLOW_DEVICE.latencyMs,
          downloadThroughput: SLOW_DEVICE.downloadBytesPerSecond,
          uploadThroughput: SLOW_DEVICE.uploadBytesPerSecond,
        });
      }
      // The session the sign-in page would have started (sessionStorage, this tab only).
      await page.addInitScript(
        (t) => sessionStorage.setItem("samverkan.session", JSON.stringify({ token: t })),
        token,
      );
      await page.goto(`${baseUrl}${overviewPath}`, { waitUntil: "networkidle" });
      const lcp = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              const entries = list.getEntries();
              resolve(entries[entries.length - 1]?.startTime ?? Number.NaN);
            }).observe({ type: "largest-contentful-paint", buffered: true });
          }),
      );
      times.push(Math.round(lcp));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}
