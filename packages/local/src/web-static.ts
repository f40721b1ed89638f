import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";

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
export const WORKSPACE_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

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

/**
 * The response for a GET of `path` from the built workspace in `distDir`, or undefined when the
 * workspace is not built. Hashed assets are cached for a year; index.html never.
 */
export async function workspaceResponse(
  distDir: string,
  path: string,
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
  if (file === index) headers["content-security-policy"] = WORKSPACE_CSP;
  return new Response(await readFile(file), { status: 200, headers });
}
