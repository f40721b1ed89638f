import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "../src/index";

// Redocly CLI's `recommended` ruleset over the document the API serves at /openapi.json.
const redocly = join(
  dirname(createRequire(import.meta.url).resolve("@redocly/cli/package.json")),
  "bin/cli.js",
);

describe("the OpenAPI document", () => {
  it("passes Redocly CLI's recommended lint with 0 errors", () => {
    const dir = mkdtempSync(join(tmpdir(), "openapi-lint-"));
    try {
      const file = join(dir, "openapi.json");
      writeFileSync(file, JSON.stringify(openApiDocument()));
      const run = spawnSync(
        process.execPath,
        [redocly, "lint", file, "--extends=recommended", "--format=json"],
        {
          encoding: "utf8",
          env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
        },
      );
      const report = JSON.parse(run.stdout.slice(run.stdout.indexOf("{")));
      const errors = report.problems.filter((p: { severity: string }) => p.severity === "error");
      expect(
        errors.map((p: { ruleId: string; message: string }) => `${p.ruleId}: ${p.message}`),
      ).toEqual([]);
      expect(report.totals.errors).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
