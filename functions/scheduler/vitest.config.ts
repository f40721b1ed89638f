import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["../api/test/support/global-setup.ts"],
    env: { SAMVERKAN_LOG: "silent" },
    testTimeout: 120_000,
    hookTimeout: 60_000,
    server: {
      deps: {
        // The workspace's domain package is loaded through Vite; zod and the OpenAPI extension must
        // be too, or the domain's schemas and the API's would come from two copies of zod.
        inline: ["zod", "@hono/zod-openapi", "@asteasolutions/zod-to-openapi"],
      },
    },
  },
});
