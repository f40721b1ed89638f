import { defineConfig } from "vitest/config";

export default defineConfig({
  // The unit tests import the workspace's own modules, JSX included.
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    env: { SAMVERKAN_LOG: "silent" },
    // One browser at a time against one local system: two cores, and flows that share a letter.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    server: {
      deps: {
        // The local system is loaded from the workspace's TypeScript: zod must come through Vite
        // too, or the API's schemas see two copies of zod.
        inline: ["zod"],
      },
    },
  },
});
