// Validates an unpacked package's XML files with xmllint (libxml2) against the schemas vendored
// in this repository (schemas/README.md), never against the copies inside the package, which a
// changed package could change too. Offline: every import resolves to a file beside it.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { ARCHIVE_SCHEMAS_DIR } from "./build-package";

const run = promisify(execFile);

/** Which vendored schema each of the package's XML files is validated against. */
export function schemaFor(path: string): string | undefined {
  if (path.endsWith("/METS.xml")) return "mets-and-extensions.xsd";
  if (path.endsWith("/PREMIS.xml")) return "premis.xsd";
  if (path.endsWith("/ERMS.xml")) return "ERMS.xsd";
  return undefined;
}

/**
 * xmllint's verdict on every METS, PREMIS and ERMS file among `entries`: a list of problems,
 * empty when all are valid. Throws when xmllint is not installed (`apt-get install libxml2-utils`).
 */
export async function validateWithXmllint(
  entries: ReadonlyMap<string, Uint8Array>,
): Promise<{ readonly validated: string[]; readonly problems: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), "samverkan-xml-"));
  const validated: string[] = [];
  const problems: string[] = [];
  try {
    let index = 0;
    for (const [path, bytes] of entries) {
      const schema = schemaFor(path);
      if (!schema) continue;
      const file = join(dir, `${index++}.xml`);
      await writeFile(file, bytes);
      try {
        await run("xmllint", [
          "--noout",
          "--nonet",
          "--schema",
          join(ARCHIVE_SCHEMAS_DIR, schema),
          file,
        ]);
        validated.push(path);
      } catch (error) {
        const { code, stderr } = error as { code?: unknown; stderr?: string };
        if (code === "ENOENT") throw new Error("xmllint is not installed (libxml2-utils)");
        problems.push(`${path}: ${String(stderr ?? error).trim()}`);
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return { validated, problems };
}
