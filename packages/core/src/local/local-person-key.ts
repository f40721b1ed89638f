import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The wrapping key of `pnpm dev`'s person keys (D-58), kept in `dir` (git-ignored) beside the
 * cursor key, so the names sealed in `.data/` still open when `pnpm dev` restarts. A deployed
 * stage takes it from the `PersonKeyWrapping` secret (in production: KMS, docs/personal-data.md).
 */
export function localPersonKeyWrapping(dir: string): string {
  const file = join(dir, "person-key-wrapping.secret");
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}
