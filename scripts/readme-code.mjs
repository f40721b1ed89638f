// Type-checks the TypeScript code blocks of a package's README (```ts and ```typescript), each
// as a module of its own, with the package's compiler options made strict: an example a reader
// copies must compile. A block names what it takes from the reader's program with `declare`.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

/** The TypeScript blocks of a Markdown text, in order. */
export function typeScriptBlocks(markdown) {
  return [...markdown.matchAll(/^```(?:ts|typescript)\s*\n([\s\S]*?)^```\s*$/gm)].map((m) => m[1]);
}

/**
 * Writes each block of `packageDir/README.md` (or of `markdown`) under `.test-results/readme/`
 * and runs the package's own `tsc` over them. Returns tsc's diagnostics ("" when they compile)
 * and how many blocks were checked.
 */
export function typecheckReadme(
  packageDir,
  markdown = readFileSync(join(packageDir, "README.md"), "utf8"),
) {
  const dir = join(packageDir, ".test-results", "readme");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const blocks = typeScriptBlocks(markdown);
  const files = blocks.map((code, i) => {
    const file = `block-${i + 1}.ts`;
    writeFileSync(join(dir, file), `${code}\nexport {};\n`);
    return file;
  });
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      extends: "../../tsconfig.json",
      compilerOptions: { strict: true, noEmit: true, noUnusedLocals: false, types: ["node"] },
      include: files,
    }),
  );
  const tsc = createRequire(join(packageDir, "package.json")).resolve("typescript/bin/tsc");
  try {
    execFileSync(process.execPath, [tsc, "-p", join(dir, "tsconfig.json")], {
      cwd: packageDir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { blocks: blocks.length, diagnostics: "" };
  } catch (error) {
    return {
      blocks: blocks.length,
      diagnostics: `${error.stdout ?? ""}${error.stderr ?? ""}`.trim(),
    };
  }
}
