// A Lambda handler bundled as SST builds it (infra/api.ts, infra/scheduler.ts: `nodejs.plugins`,
// `nodejs.splitting`), for `pnpm bench`'s cold starts and the tests that keep bundles lean. No SST
// call here, so anything may import it.
import { basename, join, relative, resolve, sep } from "node:path";
import { build } from "esbuild";
import plugins from "./esbuild-plugins.mjs";

const root = resolve(import.meta.dirname, "..");

/** A handler's bundle: the entry file and the chunks it may load. */
export interface HandlerBundle {
  /** Every output file, by its name in the bundle's directory. */
  readonly files: ReadonlyMap<string, Uint8Array>;
  /** The entry file's name among `files`. */
  readonly entry: string;
  /** Bytes loaded when the handler is imported: the entry and the chunks it imports statically. */
  readonly bytesAtImport: number;
  /** The source files (repository-relative) whose code is loaded when the handler is imported. */
  readonly inputsAtImport: readonly string[];
}

/**
 * Bundles `entry` (a repository-relative source file) with esbuild: ESM, minified, for Node 22,
 * code splitting on, so what a route loads on demand (the iCalendar writer, the reference page)
 * is a chunk of its own and not part of the cold start. Without `withSdk` the AWS SDK stays
 * external, as the Lambda runtime provides it. `minify: false` is for reading a profile.
 */
export async function bundleHandler(
  entry: string,
  options: { withSdk: boolean; minify?: boolean },
): Promise<HandlerBundle> {
  const result = await build({
    entryPoints: { handler: join(root, entry) },
    absWorkingDir: root,
    bundle: true,
    minify: options.minify ?? true,
    splitting: true,
    outdir: "bundle",
    platform: "node",
    format: "esm",
    target: "node22",
    write: false,
    metafile: true,
    external: options.withSdk ? [] : ["@aws-sdk/*", "@smithy/*"],
    // ESM bundles of CommonJS dependencies need a require; SST adds the same banner.
    banner: {
      js: "import { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);",
    },
    plugins,
    logLevel: "silent",
  });
  const outputs = result.metafile.outputs;
  // The handler's own output: a module loaded with `import()` is an entry point of the metafile
  // too (its own chunk), so the one wanted is the one built from `entry`.
  const source = relative(root, join(root, entry)).split(sep).join("/");
  const entryPath = Object.keys(outputs).find((path) => outputs[path]?.entryPoint === source);
  if (!entryPath) throw new Error(`no entry in the bundle of ${entry}`);
  const loaded = new Set<string>();
  const visit = (path: string) => {
    if (loaded.has(path)) return;
    loaded.add(path);
    for (const imported of outputs[path]?.imports ?? [])
      if (imported.kind === "import-statement" && !imported.external) visit(imported.path);
  };
  visit(entryPath);
  const atImport = [...loaded].map((path) => outputs[path]);
  return {
    files: new Map(result.outputFiles.map((file) => [basename(file.path), file.contents])),
    entry: basename(entryPath),
    bytesAtImport: atImport.reduce((sum, output) => sum + (output?.bytes ?? 0), 0),
    inputsAtImport: [...new Set(atImport.flatMap((output) => Object.keys(output?.inputs ?? {})))],
  };
}
