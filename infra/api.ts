import { REQUEST_LIMITS } from "../packages/table/src/index";
import {
  authAudience,
  authIssuer,
  authJwksUrl,
  corsOrigins,
  cursorKey,
  municipalities,
  personKeyWrapping,
  trustedIssuers,
} from "./config";
import { HANDLERS } from "./handlers";
import { table, tableAccess } from "./storage";

/**
 * The Hono app behind an HTTPS endpoint (API Gateway HTTP API). CORS is the app's own (configured
 * origins); throttling is set on the stage so a runaway client cannot exhaust the table.
 */
export const api = new sst.aws.ApiGatewayV2("Api", {
  transform: {
    stage: (args) => {
      args.defaultRouteSettings = {
        throttlingRateLimit: REQUEST_LIMITS.gatewayRequestsPerSecond,
        throttlingBurstLimit: REQUEST_LIMITS.gatewayBurst,
      };
    },
  },
});

export const API_HANDLER = HANDLERS.api;

/** What both API functions read: the table, the stage's secrets, the documents' assets. */
const environment = {
  SAMVERKAN_TABLE: table.name,
  AUTH_ISSUER: authIssuer.value,
  AUTH_AUDIENCE: authAudience.value,
  AUTH_JWKS_URL: authJwksUrl.value,
  SAMVERKAN_TRUSTED_ISSUERS: trustedIssuers.value,
  SAMVERKAN_MUNICIPALITIES: municipalities.value,
  CORS_ORIGINS: corsOrigins.value,
  SAMVERKAN_CURSOR_KEY: cursorKey.value,
  SAMVERKAN_DOCUMENT_ASSETS: "/var/task/document-assets",
  SAMVERKAN_PERSON_KEY_WRAPPING: personKeyWrapping.value,
  RATE_LIMIT_WRITES_PER_MINUTE: String(REQUEST_LIMITS.writesPerOrganisationPerMinute),
  // The archive package's schemas (D-56), copied beside the bundle (relative to the task root).
  SAMVERKAN_ARCHIVE_SCHEMAS: "archive-schemas",
};

// The documents' font and colour profile (D-53) and the archive package's schemas (D-56), read
// from these folders of the bundle.
const copyFiles = [
  { from: "packages/core/src/documents/assets", to: "document-assets" },
  { from: "packages/core/src/archive/schemas", to: "archive-schemas" },
];

const permissions = [
  tableAccess([
    "GetItem",
    "BatchGetItem",
    "Query",
    "PutItem",
    // The people directory keeps a version (D-59): an update adds to it.
    "UpdateItem",
    "DeleteItem",
    "TransactWriteItems",
  ]),
];

// Splitting: what a route loads on demand (the iCalendar writer, the reference page) is a chunk
// of its own, not part of the cold start. `pnpm bench` bundles the same way.
const nodejs = { plugins: "./infra/esbuild-plugins.mjs", splitting: true };

/**
 * D-67: the archive package streamed. API Gateway buffers a Lambda's response and stops at 6 MB
 * and 29 s; a long-lived letter's package is larger. This function serves that one route with
 * Lambda response streaming behind a function URL (auth, visibility and errors are the app's
 * own; every other path is 404), and the API's route answers 307 to it. 15 minutes: a package
 * is read page by page as the ZIP is sent, at the reader's pace.
 */
export const archiveFunction = new sst.aws.Function("ArchivePackage", {
  handler: HANDLERS.apiStreaming,
  runtime: "nodejs22.x",
  nodejs,
  streaming: true,
  url: true,
  memory: "1024 MB",
  timeout: "15 minutes",
  environment,
  copyFiles,
  permissions,
});

api.route("$default", {
  handler: API_HANDLER,
  runtime: "nodejs22.x",
  nodejs,
  // 512 MB: cold starts of the bundle (zod, effect, jose) are CPU-bound, and Lambda's CPU grows
  // with memory; requests themselves need little. 10 s: one read and one transaction take
  // milliseconds, and a client should not wait longer than a retry would take.
  memory: "512 MB",
  timeout: "10 seconds",
  environment: { ...environment, SAMVERKAN_ARCHIVE_URL: archiveFunction.url },
  copyFiles,
  permissions,
});
