import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The key `pnpm dev`'s API signs list cursors with (D-37), kept in `dir` (git-ignored) beside the
 * local issuer's key, so a cursor the web holds stays valid when `pnpm dev` restarts. A deployed
 * stage takes its key from the `CursorKey` secret instead.
 */
export function localCursorKey(dir: string): string {
  const file = join(dir, "cursor-key.secret");
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}
