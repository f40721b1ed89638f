import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    env: { SAMVERKAN_LOG: "silent" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    server: {
      deps: {
        // The workspace's domain package is loaded through Vite; zod must be too, or the domain's
        // schemas and the API's would come from two copies of zod (and two locale settings).
        inline: ["zod"],
      },
    },
  },
});
