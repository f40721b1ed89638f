// The API's public surface for those who run it: the Hono app and what it is built from.

export { createApp } from "./http/app";
export type { App, AppDeps } from "./http/app-deps";
export type { AppRuntime } from "./http/run-effect";
export { openApiDocument } from "./openapi";
// What an archive package made outside the API (`pnpm archive`) carries as the API's does (D-56, D-64).
export { archivedDocumentsOf } from "./routes/archive-documents";
export { archiveTrailPeople } from "./routes/archive-trail";
