// The JavaScript the first page of a signed-in person loads (the overview), from Vite's build
// manifest: the entry, its static imports, and the overview's chunk with its static imports.
// Chunks that load later (other pages, the OIDC client) are not counted.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly isEntry?: boolean;
  readonly css?: readonly string[];
}

/** The overview page's module, as the manifest names it. */
const FIRST_PAGE = "src/pages/overview-page.tsx";

export interface FirstPageSize {
  readonly files: ReadonlyArray<{ file: string; bytes: number; gzipBytes: number }>;
  readonly jsGzipBytes: number;
  readonly cssGzipBytes: number;
}

/** Sizes of what the overview loads, from `distDir` (packages/web/dist after `vite build`). */
export function firstPageSize(distDir: string): FirstPageSize {
  const manifest = JSON.parse(
    readFileSync(join(distDir, ".vite", "manifest.json"), "utf8"),
  ) as Record<string, ManifestChunk>;
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entry || !manifest[FIRST_PAGE])
    throw new Error("the manifest has no entry or no overview page");
  const chunks = new Set<string>();
  const visit = (key: string) => {
    if (chunks.has(key)) return;
    chunks.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  visit(entry);
  visit(FIRST_PAGE);
  const sized = (file: string) => {
    const content = readFileSync(join(distDir, file));
    return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  };
  const files = [...chunks].map((key) => sized((manifest[key] as ManifestChunk).file));
  const css = [...chunks].flatMap((key) => manifest[key]?.css ?? []).map(sized);
  return {
    files,
    jsGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
    cssGzipBytes: css.reduce((sum, f) => sum + f.gzipBytes, 0),
  };
}
