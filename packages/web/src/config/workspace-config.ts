// The workspace's settings, loaded from /config.json at start: how people sign in and where the
// API is. Locally `pnpm dev` serves them; a deployed stage writes them beside the static site.

/**
 * How a person signs in: OpenID Connect, authorization code + PKCE, at the stage's issuer or at
 * `pnpm dev`'s local OpenID Provider alike (D-40).
 */
export type SignInSettings = {
  readonly kind: "oidc";
  /** The issuer's URL (its discovery document is at /.well-known/openid-configuration). */
  readonly authority: string;
  readonly clientId: string;
  /** Scopes to ask for; the API needs the `org` and `roles` claims in the access token. */
  readonly scope?: string;
};

export interface WorkspaceConfig {
  readonly signIn: SignInSettings;
  /** The API's origin: "" for the same origin (local system, and one domain when deployed). */
  readonly apiBaseUrl: string;
}

/** Reads /config.json; a missing or broken file is an error the start page shows. */
export async function loadWorkspaceConfig(): Promise<WorkspaceConfig> {
  const response = await fetch("/config.json", { cache: "no-cache" });
  if (!response.ok) throw new Error(`/config.json: ${response.status}`);
  const raw = (await response.json()) as Partial<WorkspaceConfig>;
  if (raw.signIn?.kind !== "oidc" || !raw.signIn.authority || !raw.signIn.clientId)
    throw new Error("/config.json: signIn must be oidc with its authority and clientId");
  return {
    signIn: raw.signIn,
    apiBaseUrl: raw.apiBaseUrl ?? "",
  };
}
