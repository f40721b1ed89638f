import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { RULE_IDS } from "../src/index";

const repoRoot = resolve(__dirname, "../../..");
const rulesMd = resolve(repoRoot, "../shared/spec/rules.md");

/** The rule ids that `shared/spec/rules.md` defines (`- **R7** …`). */
function specRuleIds(): string[] {
  const ids = [...readFileSync(rulesMd, "utf8").matchAll(/^- \*\*(R\d+)\*\*/gm)].map(
    (match) => match[1] as string,
  );
  if (ids.length === 0) throw new Error(`No rule ids found in ${rulesMd}`);
  return ids;
}

function testFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name === "dist" || name.startsWith(".")) return [];
    if (statSync(path).isDirectory()) return testFiles(path);
    return /\.test\.ts$/.test(name) ? [path] : [];
  });
}

// Titles are the first string argument of describe/it/test, or of the call after `.each([...])`.
const TITLE =
  /(?:\b(?:describe|it|test)(?:\.(?:only|skip|concurrent))?|\))\(\s*(["'`])((?:\\.|(?!\1)[^\\\n])*)\1/g;

/** Every test title in the repository's packages and functions, with the file it is in. */
function testTitles(): Array<{ file: string; title: string }> {
  const files = ["packages", "functions", "infra"].flatMap((dir) => testFiles(join(repoRoot, dir)));
  return files.flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(TITLE)].map((match) => ({
      file: relative(repoRoot, file),
      title: match[2] as string,
    })),
  );
}

describe("rule coverage", () => {
  it("the domain's rule ids are exactly those of shared/spec/rules.md", () => {
    expect([...RULE_IDS]).toEqual(specRuleIds());
  });

  it("every rule id in shared/spec/rules.md is named by at least one test", () => {
    const titles = testTitles();
    const untested = specRuleIds().filter(
      (id) => !titles.some(({ title }) => new RegExp(`\\b${id}\\b`).test(title)),
    );
    expect(untested, `rules without a test naming them: ${untested.join(", ")}`).toEqual([]);
  });

  it("docs/rules.md has a row for every rule, and every file it points to exists", () => {
    const table = readFileSync(join(repoRoot, "docs/rules.md"), "utf8");
    const missingRows = specRuleIds().filter(
      (id) => !new RegExp(`^\\|\\s*${id}\\s*\\|`, "m").test(table),
    );
    expect(missingRows, `rules without a row in docs/rules.md: ${missingRows.join(", ")}`).toEqual(
      [],
    );
    const paths = [
      ...table.matchAll(/`((?:packages|functions|infra)\/[^`#:]+?\.ts)(?:#[^`]*)?`/g),
    ].map((match) => match[1] as string);
    expect(paths.length).toBeGreaterThan(20);
    const broken = paths.filter((path) => !existsSync(join(repoRoot, path)));
    expect(broken, `docs/rules.md points at missing files: ${broken.join(", ")}`).toEqual([]);
  });

  it("docs/rules.md names, for each rule, a test file whose titles name that rule", () => {
    const table = readFileSync(join(repoRoot, "docs/rules.md"), "utf8");
    const titles = testTitles();
    const wrong: string[] = [];
    for (const id of specRuleIds()) {
      const row = new RegExp(`^\\|\\s*${id}\\s*\\|.*$`, "m").exec(table)?.[0] ?? "";
      const files = [...row.matchAll(/`([^`]+\.test\.ts)`/g)].map((match) => match[1] as string);
      if (files.length === 0) wrong.push(`${id}: no test file`);
      for (const file of files) {
        if (!titles.some((t) => t.file === file && new RegExp(`\\b${id}\\b`).test(t.title)))
          wrong.push(`${id}: ${file}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
