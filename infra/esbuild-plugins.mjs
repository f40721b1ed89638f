// esbuild plugins for the Lambda bundles (SST's `nodejs.plugins`; the benchmark builds with them too).
import { dirname, join } from "node:path";

/**
 * zod 4 re-exports every locale (`z.locales`), so a bundle carries the error messages of ~40
 * languages. The API answers in English (its problem details and the domain's messages are
 * English), so the bundle keeps only `en`: about 200 KB less to load on each cold start.
 */
export const zodEnglishOnly = {
  name: "zod-english-only",
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => {
      if (!/[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(args.importer)) return undefined;
      return {
        path: join(dirname(args.importer), "../locales/en.js"),
        namespace: "zod-english-only",
      };
    });
    build.onLoad({ filter: /.*/, namespace: "zod-english-only" }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: dirname(args.path),
      loader: "js",
    }));
  },
};

export default [zodEnglishOnly];
