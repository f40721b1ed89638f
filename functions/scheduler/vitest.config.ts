import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    env: { SAMVERKAN_LOG: "silent" },
    // Loading the handler loads the core (Effect, the AWS SDK) once: slow on a busy machine.
    testTimeout: 60_000,
    server: { deps: { inline: ["zod"] } },
  },
});
