import { createSamverkanClient, type SamverkanClient } from "@samverkan/client";
import { currentSession } from "../auth/session";

// The one client of the workspace: every call to the API goes through @samverkan/client, with the
// session's token asked for on each request.

let client: SamverkanClient | undefined;

/** Creates the client once the settings say where the API is. */
export function configureApi(baseUrl: string): void {
  client = createSamverkanClient({ baseUrl, getToken: () => currentSession()?.token });
}

/** The typed API client. */
export function api(): SamverkanClient {
  if (!client) throw new Error("configureApi was not called");
  return client;
}
