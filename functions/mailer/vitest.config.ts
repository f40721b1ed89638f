import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    env: { SAMVERKAN_LOG: "silent" },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    server: { deps: { inline: ["zod"] } },
  },
});
