import { createSamverkanClient, type SamverkanClient } from "@samverkan/client";
import { currentActingFor } from "../auth/acting-for";
import { currentSession } from "../auth/session";

// The one client of the workspace: every call to the API goes through @samverkan/client, with the
// session's token asked for on each request.

let client: SamverkanClient | undefined;

/** Creates the client once the settings say where the API is. */
export function configureApi(baseUrl: string): void {
  client = createSamverkanClient({ baseUrl, getToken: () => currentSession()?.token });
  // R25: while the person acts for someone, every request says by which substitution.
  client.use({
    onRequest({ request }) {
      const acting = currentActingFor();
      if (acting) request.headers.set("acting-for", acting.id);
      return request;
    },
  });
}

/** The typed API client. */
export function api(): SamverkanClient {
  if (!client) throw new Error("configureApi was not called");
  return client;
}
