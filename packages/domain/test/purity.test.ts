import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const srcDir = join(__dirname, "../src");
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(dir, entry.name)]
        : [],
  );

// What would make the rules depend on something other than the facts and the date they are given.
const FORBIDDEN: Array<[RegExp, string]> = [
  [/new Date\(\s*\)/, "reads the clock"],
  [/Date\.now\(/, "reads the clock"],
  [/\bprocess\./, "reads the environment"],
  [/from "node:/, "does I/O through Node's modules"],
  [/Math\.random\(/, "uses randomness"],
  [/from "(hono|effect|@aws-sdk\/[^"]+)"/, "depends on the edge"],
];

describe("the domain is pure", () => {
  it("R21 no domain source reads the clock, the environment or randomness, or imports I/O", () => {
    const offences = sources(srcDir).flatMap((file) => {
      const text = readFileSync(file, "utf8");
      return FORBIDDEN.filter(([pattern]) => pattern.test(text)).map(
        ([, what]) => `${file.slice(srcDir.length + 1)} ${what}`,
      );
    });
    expect(sources(srcDir).length).toBeGreaterThan(20);
    expect(offences).toEqual([]);
  });
});
