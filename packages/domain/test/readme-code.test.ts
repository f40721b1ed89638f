import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module of the repository's scripts, without types
import { typecheckReadme } from "../../../scripts/readme-code.mjs";

const packageDir = join(import.meta.dirname, "..");

describe("the README's TypeScript examples", () => {
  it("compile with strict settings against the built package", () => {
    const { blocks, diagnostics } = typecheckReadme(packageDir);
    expect(blocks).toBeGreaterThan(0);
    expect(diagnostics).toBe("");
  }, 60_000);

  it("can fail: an example using an undeclared variable is reported", () => {
    const { diagnostics } = typecheckReadme(packageDir, "```ts\nconsole.log(letter.title);\n```\n");
    expect(diagnostics).toMatch(/Cannot find name 'letter'/);
  }, 60_000);
});
