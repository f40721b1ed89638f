import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { workspaceHeaderValues } from "@samverkan/table";
import { describe, expect, it } from "vitest";
import { chosenEncoding, workspaceResponse } from "../src/web-static";

function builtWorkspace() {
  const dist = mkdtempSync(join(tmpdir(), "samverkan-dist-"));
  mkdirSync(join(dist, "assets"));
  writeFileSync(join(dist, "index.html"), "<!doctype html><title>Samverkan</title>");
  const script = `export const words = ${JSON.stringify("samverkan ".repeat(2_000))};`;
  writeFileSync(join(dist, "assets", "app-1234.js"), script);
  writeFileSync(join(dist, "assets", "logo.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  return { dist, script };
}

describe("the workspace's files, served compressed (pnpm dev)", () => {
  it("sends brotli when the browser accepts it, and the bytes decompress to the file", async () => {
    const { dist, script } = builtWorkspace();
    const res = await workspaceResponse(dist, "/assets/app-1234.js", "gzip, deflate, br, zstd");
    expect(res?.headers.get("content-encoding")).toBe("br");
    expect(res?.headers.get("vary")).toBe("Accept-Encoding");
    const bytes = Buffer.from(await (res as Response).arrayBuffer());
    expect(bytes.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(bytes).toString()).toBe(script);
  });

  it("sends gzip to a browser without brotli, and the file as it is to one that accepts neither", async () => {
    const { dist, script } = builtWorkspace();
    const gz = await workspaceResponse(dist, "/assets/app-1234.js", "gzip");
    expect(gz?.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await (gz as Response).arrayBuffer())).toString()).toBe(script);
    const plain = await workspaceResponse(dist, "/assets/app-1234.js", "identity");
    expect(plain?.headers.get("content-encoding")).toBeNull();
    expect(await plain?.text()).toBe(script);
  });

  it("leaves images as they are and honours q=0", async () => {
    const { dist } = builtWorkspace();
    const png = await workspaceResponse(dist, "/assets/logo.png", "br, gzip");
    expect(png?.headers.get("content-encoding")).toBeNull();
    expect(chosenEncoding("br;q=0, gzip;q=0.5")).toBe("gzip");
    expect(chosenEncoding("br;q=0")).toBeUndefined();
    expect(chosenEncoding(undefined)).toBeUndefined();
  });

  it("the page of a single-page-app path is index.html, compressed, with its CSP", async () => {
    const { dist } = builtWorkspace();
    const res = await workspaceResponse(dist, "/avtal/ltu-nok/dialoger", "gzip");
    expect(res?.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    // The same as the deployed site's CloudFront policy (infra/web.ts, tested in infra/test).
    for (const [header, value] of Object.entries(workspaceHeaderValues()))
      expect(res?.headers.get(header), header).toBe(value);
    expect(gunzipSync(Buffer.from(await (res as Response).arrayBuffer())).toString()).toContain(
      "<title>Samverkan</title>",
    );
  });
});
