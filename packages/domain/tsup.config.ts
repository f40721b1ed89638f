import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "node20",
  // Dependencies stay external: consumers dedupe zod and date-fns with their own copies.
  treeshake: true,
});
