import type { ArchiveDocuments } from "@samverkan/core/archive";
import type { LetterTemplate, Organisation } from "@samverkan/domain";
import type { Hono } from "hono";
import type { AuthSettings } from "./auth";
import type { AppEnv } from "./caller";
import type { AppRuntime } from "./run-effect";

/** What the app is built from: storage, token verification and configuration. */
export interface AppDeps {
  readonly runtime: AppRuntime;
  readonly auth: AuthSettings;
  /** Origins allowed by CORS; none means no cross-origin access. */
  readonly corsOrigins: readonly string[];
  /** NoK's member municipalities with their configured organisation numbers (R3). */
  readonly municipalities: readonly Organisation[];
  /** Writes one organisation may make per minute (429 beyond); `REQUEST_LIMITS` when absent. */
  readonly writesPerMinute?: number;
  /** Largest accepted request body in bytes. */
  readonly maxBodyBytes?: number;
  /**
   * The key list cursors are signed with (D-37): the `CursorKey` secret when deployed, a file in
   * `.data/` for `pnpm dev`; when absent (tests), a random key for this app's lifetime.
   */
  readonly cursorKey?: string;
  /** The most events a person's export reads (then `complete: false`); `MAX_EXPORT_EVENTS` when absent. */
  readonly maxExportEvents?: number;
  /** The most events a follow-up report reads (400 beyond); `MAX_REPORT_EVENTS` when absent. */
  readonly maxReportEvents?: number;
  /**
   * The documents an archive package carries besides the trail (the letter's PDFs …), made from
   * the letter; none when absent (D-56).
   */
  readonly archiveDocuments?: ArchiveDocuments;
  /**
   * D-45: the templates letters are drafted from, every version kept (a letter keeps the version
   * it was drafted from); the domain's built-in ones when absent.
   */
  readonly templates?: readonly LetterTemplate[];
  /**
   * Deployed behind API Gateway (buffered, 6 MB at most): the URL of the function that streams
   * archive packages; the package route then answers 307 to it (D-67). Absent locally, where this
   * app streams the package itself.
   */
  readonly archiveUrl?: string;
  /** The registry's bounds (D-55), smaller in tests: events read a page, rows of a CSV. */
  readonly registryBounds?: { readonly eventsPerPage?: number; readonly csvRows?: number };
}

/** The app: every route registered, each group loaded on its first request (http/lazy-routes.ts). */
export type App = Hono<AppEnv>;
