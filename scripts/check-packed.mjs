// Packs a package as it would be published, installs the tarball into a scratch project and runs
// probe scripts there: proof that what consumers get works, beyond what publint and attw read from
// package.json. Each package's scripts/check-packed.mjs names its probes.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

/**
 * @param {string} packageDir the package to pack
 * @param {string} name its name, for messages
 * @param {Array<{ label: string, file: string, source: string }>} probes scripts run with node in the scratch project
 */
export function checkPacked(packageDir, name, probes) {
  const scratch = mkdtempSync(join(tmpdir(), "samverkan-pack-"));
  try {
    console.log(`check-packed: packing ${name} …`);
    run("pnpm", ["pack", "--pack-destination", scratch], packageDir);
    const tarball = readdirSync(scratch).find((file) => file.endsWith(".tgz"));
    if (!tarball) throw new Error("pnpm pack wrote no tarball");
    writeFileSync(
      join(scratch, "package.json"),
      JSON.stringify({ name: "scratch", private: true }),
    );
    console.log(`check-packed: installing ${tarball} into a scratch project …`);
    run(
      "npm",
      [
        "install",
        `./${tarball}`,
        "--no-audit",
        "--no-fund",
        "--prefer-offline",
        "--loglevel=error",
      ],
      scratch,
    );
    for (const probe of probes) {
      writeFileSync(join(scratch, probe.file), probe.source);
      console.log(`check-packed: ${probe.label} ${run("node", [probe.file], scratch).trim()}`);
    }
  } catch (error) {
    console.error(`check-packed: FAILED: ${error.stderr || error.message}`);
    process.exitCode = 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
