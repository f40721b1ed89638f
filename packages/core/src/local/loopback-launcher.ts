import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The launcher's source, beside this file: it binds DynamoDB Local to 127.0.0.1 (see the .java). */
const SOURCE = join(import.meta.dirname, "LoopbackDynamoDbLocal.java");
export const LAUNCHER_CLASS = "LoopbackDynamoDbLocal";

/**
 * The folder holding the compiled launcher for DynamoDB Local in `emulatorDir`, compiled once per
 * source and jar (kept in the temporary folder); undefined when this machine has no `javac` (a
 * Java runtime without the JDK): DynamoDB Local then starts as it comes and the caller warns.
 */
export function compiledLauncher(emulatorDir: string, classpath: string): string | undefined {
  const version = createHash("sha256")
    .update(readFileSync(SOURCE))
    .update(emulatorDir)
    .digest("hex")
    .slice(0, 16);
  const dir = join(tmpdir(), `samverkan-dynamodb-local-${version}`);
  if (existsSync(join(dir, `${LAUNCHER_CLASS}.class`))) return dir;
  // Compiled into a folder of its own, then moved into place: two test runs starting at once
  // never see a half-written class.
  const work = mkdtempSync(join(tmpdir(), "samverkan-dynamodb-local-build-"));
  try {
    const javac = spawnSync("javac", ["-nowarn", "-cp", classpath, "-d", work, SOURCE], {
      encoding: "utf8",
    });
    if (javac.error || javac.status !== 0) return undefined;
    mkdirSync(dir, { recursive: true });
    renameSync(join(work, `${LAUNCHER_CLASS}.class`), join(dir, `${LAUNCHER_CLASS}.class`));
    return dir;
  } catch {
    return existsSync(join(dir, `${LAUNCHER_CLASS}.class`)) ? dir : undefined;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
