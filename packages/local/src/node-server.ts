import { type ServerType, serve } from "@hono/node-server";
import type { App } from "@samverkan/api";

/** Serves the app on `port` with Node's HTTP server; resolves once it listens. */
export function serveApp(app: App, port: number): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: "127.0.0.1" }, () => resolve(server));
    server.once("error", reject);
  });
}
