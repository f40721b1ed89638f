import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// Every Markdown file of the repository (its docs and READMEs) names only files that exist: a
// reader follows its links and opens the paths it names.
const root = join(import.meta.dirname, "..", "..", "..", "..");
const SKIP = new Set(["node_modules", "dist", ".git", ".turbo", ".data", ".sst", ".test-results"]);
const TOP_LEVEL = ["packages/", "functions/", "infra/", "docs/", "bench/", "scripts/", ".ci/"];
const FILE_ENDING = /\.(ts|tsx|mjs|js|json|md|png|yml|yaml|sh|txt|css|html|xml|xsd|pdf)$/;

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith(".md") ? [path] : [];
  });
}

/** Relative link targets, `[text](target)`, without anchors; URLs and pure anchors left out. */
function linkTargets(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s#]+)(#[^)]*)?\)/g)]
    .map((m) => m[1] as string)
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

/**
 * Paths named in backticks: a repository path (from a top-level folder) or a file name with an
 * ending and a folder. Module specifiers (`effect/Effect`, `@samverkan/core/local`), URL paths
 * (`/v1/…`), globs, placeholders and what a build or a test run writes (`dist/`,
 * `.test-results/`) are not files of the repository.
 */
function namedPaths(markdown: string): string[] {
  return (
    [...markdown.matchAll(/`([^`\s]+)`/g)]
      .map((m) => (m[1] as string).replace(/[:,.;]+$/, ""))
      // What runs make rather than the repository holds: test results, builds, and `.data/`
      // (pnpm dev's database, keys and settings, gitignored).
      .filter(
        (token) => !/[*<>{}$…]|^[@/~]|:\/\/|\.test-results\/|(^|\/)dist\/|^\.data\//.test(token),
      )
      // A Lambda handler is named as file.export: the file is file.ts.
      .map((token) => token.replace(/\.handler$/, ".ts"))
      .filter(
        (token) =>
          TOP_LEVEL.some((top) => token.startsWith(top)) ||
          (token.includes("/") && FILE_ENDING.test(token)),
      )
  );
}

const exists = (from: string, path: string) =>
  existsSync(join(root, path)) || existsSync(join(dirname(from), decodeURIComponent(path)));

describe("the docs name only what exists", () => {
  const files = markdownFiles(root);

  it("finds the docs and READMEs", () => {
    const names = files.map((f) => relative(root, f));
    expect(names).toEqual(expect.arrayContaining(["README.md", "docs/api.md", "docs/rules.md"]));
  });

  it("every relative link resolves to a file", () => {
    const dead = files.flatMap((file) =>
      linkTargets(readFileSync(file, "utf8"))
        .filter((target) => !existsSync(join(dirname(file), decodeURIComponent(target))))
        .map((target) => `${relative(root, file)} -> ${target}`),
    );
    expect(dead).toEqual([]);
  });

  it("every path named in backticks exists", () => {
    const missing = files.flatMap((file) =>
      namedPaths(readFileSync(file, "utf8"))
        .filter((path) => !exists(file, path))
        .map((path) => `${relative(root, file)} names ${path}`),
    );
    expect(missing).toEqual([]);
  });

  it("can fail: a dead link and a missing path are found", () => {
    expect(linkTargets("see [x](nowhere.md) and [y](https://example.se)")).toEqual(["nowhere.md"]);
    expect(namedPaths("`packages/nowhere/x.ts`, `effect/Effect`, `/v1/agreements`")).toEqual([
      "packages/nowhere/x.ts",
    ]);
  });
});
