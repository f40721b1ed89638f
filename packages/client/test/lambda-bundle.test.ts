import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const repoRoot = join(import.meta.dirname, "../../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === "node_modules" || entry.name === "dist") return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : /\.[cm]?[jt]sx?$/.test(path) ? [path] : [];
  });
}

describe("the deployed functions", () => {
  it("never import the client, so it adds nothing to a Lambda bundle", () => {
    const functionsDir = join(repoRoot, "functions");
    for (const name of readdirSync(functionsDir)) {
      const manifest = readFileSync(join(functionsDir, name, "package.json"), "utf8");
      expect(manifest, `functions/${name}/package.json`).not.toContain("@samverkan/client");
      for (const file of sourceFiles(join(functionsDir, name, "src")))
        expect(readFileSync(file, "utf8"), file).not.toContain("@samverkan/client");
    }
  });
});
