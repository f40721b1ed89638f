// `pnpm --filter @samverkan/web exec tsx scripts/serve-local.ts`: the seeded local workspace of
// the browser tests on a free port, to look at by hand; Ctrl-C stops it.

import { startLocalWorkspace } from "../test/support/local-workspace";
import { seedWorkspace } from "../test/support/seed-workspace";

const workspace = await startLocalWorkspace();
await seedWorkspace(workspace);
console.log(`workspace on ${workspace.url}/`);
process.on("SIGINT", () => void workspace.stop().then(() => process.exit(0)));
