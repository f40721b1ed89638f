import type { SignInSettings } from "../config/workspace-config";
import { startSession } from "./session";

// OpenID Connect, authorisation code with PKCE, on a deployed stage and at `pnpm dev`'s local
// OpenID Provider alike (D-40). oidc-client-ts is loaded
// only here, when someone signs in, so it costs the first page nothing. Its own state (the PKCE
// verifier, the user) stays in sessionStorage, its default; the access token goes to the session.

type OidcSettings = Extract<SignInSettings, { kind: "oidc" }>;

/** Where the issuer sends the browser back after sign-in. */
export const CALLBACK_PATH = "/logga-in/klar";

async function userManager(settings: OidcSettings) {
  const { UserManager, WebStorageStateStore } = await import("oidc-client-ts");
  return new UserManager({
    authority: settings.authority,
    client_id: settings.clientId,
    redirect_uri: `${location.origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${location.origin}/`,
    response_type: "code",
    scope: settings.scope ?? "openid profile",
    userStore: new WebStorageStateStore({ store: sessionStorage }),
  });
}

/** Sends the browser to the issuer; `returnTo` is the page to open after sign-in. */
export async function startOidcSignIn(settings: OidcSettings, returnTo: string): Promise<void> {
  const manager = await userManager(settings);
  await manager.signinRedirect({ state: { returnTo } });
}

/** Completes the sign-in on the callback page; returns the page to open next. */
export async function completeOidcSignIn(settings: OidcSettings): Promise<string> {
  const manager = await userManager(settings);
  const user = await manager.signinRedirectCallback();
  // The organisation's name when the issuer gives one (the local provider does; Entra ID not).
  const orgName = typeof user.profile.org_name === "string" ? user.profile.org_name : undefined;
  if (!startSession(user.access_token, orgName))
    throw new Error("the access token has no org claim: the issuer must add org and roles");
  const state = user.state as { returnTo?: string } | undefined;
  return state?.returnTo?.startsWith("/") ? state.returnTo : "/";
}

/**
 * Ends the session at the issuer too (RP-initiated logout): the browser goes to its
 * end_session_endpoint with the ID token as hint, and comes back to the workspace's start.
 */
export async function endOidcSession(settings: OidcSettings): Promise<void> {
  const manager = await userManager(settings);
  const user = await manager.getUser();
  await manager.removeUser();
  await manager.signoutRedirect(user?.id_token ? { id_token_hint: user.id_token } : {});
}
