import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { WORKSPACE_HEADERS, workspaceHeaderValues } from "@samverkan/table";

// Serves the built workspace (packages/web/dist): its files, and index.html for every other
// path, so that a reload of /avtal/ltu-nok/dialoger opens that page (SPA fallback).

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

/** The workspace's content security policy: its own scripts and the API at the same origin. */
export const WORKSPACE_CSP = WORKSPACE_HEADERS.contentSecurityPolicy;

async function fileIn(distDir: string, path: string): Promise<string | undefined> {
  let relative: string;
  try {
    relative = normalize(decodeURIComponent(path)).replace(/^[/\\]+/, "");
  } catch {
    return undefined;
  }
  const file = join(distDir, relative);
  if (!file.startsWith(distDir + sep)) return undefined;
  const info = await stat(file).catch(() => undefined);
  return info?.isFile() ? file : undefined;
}

/** Text is sent compressed; images and fonts are compressed already. */
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".svg", ".map", ".txt"]);
type Encoding = "br" | "gzip";

/** The encoding to send, from the request's Accept-Encoding: brotli first, then gzip. */
export function chosenEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  const offered = new Map(
    (acceptEncoding ?? "").split(",").map((part) => {
      const [name = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return [name, q ? Number(q.slice(2)) : 1] as const;
    }),
  );
  if ((offered.get("br") ?? 0) > 0) return "br";
  if ((offered.get("gzip") ?? 0) > 0) return "gzip";
  return undefined;
}

// Each file is compressed once per encoding and version (its modification time), as a CDN would
// keep it: at most two entries for each file of the built workspace, which is a fixed set.
const compressed = new Map<string, Uint8Array<ArrayBuffer>>();
function compressedBody(file: string, modified: number, body: Buffer, encoding: Encoding) {
  const key = `${encoding}:${modified}:${file}`;
  let out = compressed.get(key);
  if (!out) {
    out = new Uint8Array(
      encoding === "br"
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 }),
    );
    for (const stale of compressed.keys())
      if (stale.startsWith(`${encoding}:`) && stale.endsWith(`:${file}`)) compressed.delete(stale);
    compressed.set(key, out);
  }
  return out;
}

/**
 * The response for a GET of `path` from the built workspace in `distDir`, or undefined when the
 * workspace is not built. Hashed assets are cached for a year; index.html never. Text goes
 * brotli- or gzip-compressed when the browser accepts it (`acceptEncoding`), as the deployed
 * site's CloudFront sends it.
 */
export async function workspaceResponse(
  distDir: string,
  path: string,
  acceptEncoding?: string,
): Promise<Response | undefined> {
  const index = join(distDir, "index.html");
  if (!(await stat(index).catch(() => undefined))) return undefined;
  const file = (path !== "/" && (await fileIn(distDir, path))) || index;
  const type = CONTENT_TYPES[extname(file)] ?? "application/octet-stream";
  const headers: Record<string, string> = {
    "content-type": type,
    "cache-control": file.includes(`${sep}assets${sep}`)
      ? "public, max-age=31536000, immutable"
      : "no-cache",
  };
  // The same security headers as the deployed site's CloudFront policy (infra/web.ts).
  Object.assign(headers, workspaceHeaderValues());
  const body = await readFile(file);
  const encoding = COMPRESSIBLE.has(extname(file)) ? chosenEncoding(acceptEncoding) : undefined;
  if (!encoding) return new Response(body, { status: 200, headers });
  const modified = (await stat(file)).mtimeMs;
  headers["content-encoding"] = encoding;
  headers.vary = "Accept-Encoding";
  return new Response(compressedBody(file, modified, body, encoding), { status: 200, headers });
}
