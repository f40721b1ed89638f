import type { TestProject } from "vitest/node";
import {
  AMENDMENT_LETTER_ID,
  LATE_NOTICE_LETTER_ID,
  NOTICE_LETTER_ID,
  startLocalWorkspace,
} from "./local-workspace";
import { seedWorkspace } from "./seed-workspace";

declare module "vitest" {
  export interface ProvidedContext {
    workspaceUrl: string;
    letterId: string;
    noticeLetterId: string;
    lateNoticeLetterId: string;
    amendmentLetterId: string;
    /** The local OpenID Provider's issuer and the CLI client's secret, for API tokens. */
    oidc: { issuer: string; cliSecret: string };
  }
}

/**
 * One local system for the run, as `pnpm dev` serves it (API, the local OpenID Provider, the
 * built workspace) on a free port with an in-memory DynamoDB Local, seeded with a year of work.
 */
export default async function setup(project: TestProject) {
  const workspace = await startLocalWorkspace();
  try {
    await seedWorkspace(workspace);
  } catch (error) {
    await workspace.stop();
    throw error;
  }
  project.provide("workspaceUrl", workspace.url);
  project.provide("letterId", workspace.letterId);
  project.provide("noticeLetterId", NOTICE_LETTER_ID);
  project.provide("lateNoticeLetterId", LATE_NOTICE_LETTER_ID);
  project.provide("amendmentLetterId", AMENDMENT_LETTER_ID);
  project.provide("oidc", workspace.oidc);
  return () => workspace.stop();
}
