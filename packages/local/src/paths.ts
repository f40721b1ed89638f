import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, from this file's place in packages/local/src. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** Local state of `pnpm dev` (DynamoDB Local's data, the cursor key, dev.json): git-ignored. */
export const LOCAL_DATA_DIR = join(REPO_ROOT, ".data");

/** Where `pnpm dev` records how to reach its database, for commands run beside it. */
export const DEV_STATE_FILE = join(LOCAL_DATA_DIR, "dev.json");
