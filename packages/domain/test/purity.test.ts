import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
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
  [/Math\.random\(/, "uses randomness"],
];

// Every module a source names, however it names it: `import … from "m"`, `export … from "m"`,
// a bare `import "m"`, a dynamic `import("m")` and `require("m")`, with either kind of quote.
const SPECIFIER =
  /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)(["'`])([^"'`\n]+)\1/g;
const specifiers = (text: string) => [...text.matchAll(SPECIFIER)].map((m) => m[2] ?? "");

// A package and every subpath of it ("effect", "effect/Effect", "hono/validator", "@aws-sdk/…").
const EDGE = /^(?:hono|effect|@effect\/[^/]+|@aws-sdk\/[^/]+|@smithy\/[^/]+)(?:\/.*)?$/;
const NODE_BUILTINS = new Set(builtinModules);

/** What a source's imports would make the domain depend on; empty when it is pure. */
function importOffences(text: string): string[] {
  return specifiers(text).flatMap((spec) => {
    if (EDGE.test(spec)) return [`depends on the edge (${spec})`];
    if (spec.startsWith("node:") || NODE_BUILTINS.has(spec.split("/")[0] ?? ""))
      return [`does I/O through Node's modules (${spec})`];
    return [];
  });
}

const offencesOf = (text: string) => [
  ...FORBIDDEN.filter(([pattern]) => pattern.test(text)).map(([, what]) => what),
  ...importOffences(text),
];

describe("the domain is pure", () => {
  it("R21 no domain source reads the clock, the environment or randomness, or imports I/O", () => {
    const offences = sources(srcDir).flatMap((file) =>
      offencesOf(readFileSync(file, "utf8")).map(
        (what) => `${file.slice(srcDir.length + 1)} ${what}`,
      ),
    );
    expect(sources(srcDir).length).toBeGreaterThan(20);
    expect(offences).toEqual([]);
  });

  // finding (#18): the old pattern `from "(hono|effect|@aws-sdk\/[^"]+)"` let `effect/Effect` and
  // `hono/validator` through; this proves the check fails on each way of importing them.
  it("finding: the purity test could not fail for the imports actually used — R21 it flags subpaths, bare, dynamic and required imports", () => {
    const samples: Array<[string, string]> = [
      ['import * as Effect from "effect/Effect";', "effect/Effect"],
      ["import { Effect } from 'effect';", "effect"],
      ['import { validator } from "hono/validator";', "hono/validator"],
      ['import "effect/Schema";', "effect/Schema"],
      ['const m = await import("effect/Effect");', "effect/Effect"],
      [
        'const { DynamoDBClient } = require("@aws-sdk/client-dynamodb");',
        "@aws-sdk/client-dynamodb",
      ],
      ['export { pipe } from "effect/Function";', "effect/Function"],
      ['import { readFileSync } from "node:fs";', "node:fs"],
      ['import { readFileSync } from "fs";', "fs"],
      ['import type { Context } from "hono";', "hono"],
    ];
    for (const [source, spec] of samples) {
      expect(importOffences(source), source).toEqual([expect.stringContaining(spec)]);
      expect(offencesOf(source).length, source).toBeGreaterThan(0);
    }
    // What the domain may import stays allowed: zod, its own files, a package named like effect.
    for (const source of [
      'import * as z from "zod/mini";',
      'import { today } from "./calendar/today";',
      'import x from "effective";',
      'import y from "honorific/x";',
    ])
      expect(importOffences(source), source).toEqual([]);
  });
});
