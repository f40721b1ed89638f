import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    env: { SAMVERKAN_LOG: "silent" },
    testTimeout: 30_000,
    server: {
      deps: {
        // The staleness test builds the API's document from its source: zod must load through
        // Vite too, or the API's schemas come from two copies of zod.
        inline: ["zod"],
      },
    },
  },
});
