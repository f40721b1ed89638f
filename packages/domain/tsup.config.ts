import { defineConfig } from "tsup";

export default defineConfig({
  // `vocabulary`: plain lists for clients, with nothing of zod (package.json `exports`).
  entry: ["src/index.ts", "src/vocabulary.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "node20",
  // Dependencies stay external: consumers dedupe zod and date-fns with their own copies.
  treeshake: true,
});
