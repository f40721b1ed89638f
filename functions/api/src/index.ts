// The API's public surface for those who run it: the Hono app and what it is built from.

export { createApp } from "./http/app";
export type { App, AppDeps } from "./http/app-deps";
export type { AppRuntime } from "./http/run-effect";
export { openApiDocument } from "./openapi";
