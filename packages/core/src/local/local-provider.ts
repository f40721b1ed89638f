// A real OpenID Provider on this machine (issue #21): `oidc-provider`, a certified implementation,
// in-process, for `pnpm dev`, the tests and the bench. The API verifies its tokens as it would a
// deployed issuer's: through the discovery document and the JWKS (D-40). Never deployed.
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from "jose";
import Provider, { errors, type ResourceServer } from "oidc-provider";

import {
  API_AUDIENCE,
  API_RESOURCE,
  CLI_CLIENT_ID,
  LOCAL_PERSON_GRANT,
  WORKSPACE_CLIENT_ID,
} from "./provider-ids";

const ALG = "ES256";
/** The longest token `pnpm run token` asks for (the API refuses longer ones anyway). */
const MAX_TOKEN_SECONDS = 12 * 60 * 60;
/** Access tokens of the workspace's sign-in: an hour, so a session ends as people expect. */
const WORKSPACE_TOKEN_SECONDS = 60 * 60;

/** One person the provider can sign in: the claims it asserts for them. */
export interface LocalAccount {
  readonly id: string;
  readonly name: string;
  readonly orgNumber: string;
  /** Shown by the workspace beside the name (the ID token's `org_name`); optional. */
  readonly orgName?: string;
  readonly roles: readonly string[];
}

/** The claims of a token asked for directly (tests, `pnpm run token`). */
export interface PersonClaims {
  readonly sub: string;
  readonly org: string;
  readonly roles: readonly string[];
  readonly name?: string;
}

export interface LocalProvider {
  /** The issuer URL: its discovery document is at `/.well-known/openid-configuration`. */
  readonly issuer: string;
  /** The provider's public keys: two, so that rotation is always exercised (D-40). */
  readonly publicKeys: JWK[];
  /** The secret of `pnpm run token`'s client. */
  readonly cliSecret: string;
  /**
   * An access token for `claims`, issued by the provider itself (its AccessToken model, the one
   * its token endpoint uses), so tests get real provider tokens without an HTTP round trip.
   */
  mint(claims: PersonClaims, expiresInSeconds?: number): Promise<string>;
  /**
   * Tests only: exactly these claims signed with the provider's key `keyIndex` (0 or 1), for
   * hostile or expired tokens the provider would never issue.
   */
  signClaims(claims: Record<string, unknown>, keyIndex?: number): Promise<string>;
  close(): Promise<void>;
}

export interface LocalProviderOptions {
  readonly accounts: readonly LocalAccount[];
  /** Where the workspace runs: its callback and sign-out pages are registered for this origin. */
  readonly workspaceOrigins?: readonly string[];
  /** 0 (default) picks a free port. */
  readonly port?: number;
  readonly cliSecret?: string;
  /** Tests: the provider does not keep the process alive. */
  readonly unref?: boolean;
}

const html = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );

function page(title: string, body: string): string {
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${html(title)}</title><style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}button{display:block;width:100%;margin:.5rem 0;padding:.75rem;font-size:1rem;text-align:left;cursor:pointer}small{color:#4a4a4a}</style></head><body><main>${body}</main></body></html>`;
}

/** The provider's sign-in page: the local people as accounts (no password: local only). */
function loginPage(uid: string, accounts: readonly LocalAccount[]): string {
  const buttons = accounts
    .map(
      (a) =>
        `<form method="post" action="/interaction/${html(uid)}/login"><input type="hidden" name="account" value="${html(a.id)}"><button type="submit">Logga in som ${html(a.name)}<br><small>${html(a.orgName ?? a.orgNumber)} (${html(a.orgNumber)}) · ${html(a.roles.join(", "))}</small></button></form>`,
    )
    .join("");
  return page(
    "Logga in – lokal identitetsleverantör",
    `<h1>Logga in</h1><p>Den lokala identitetsleverantören (bara på den här datorn). Välj en person.</p>${buttons}`,
  );
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = "";
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 4096) break;
  }
  return new URLSearchParams(body);
}

async function keyPair(kid: string): Promise<JWK> {
  const { privateKey } = await generateKeyPair(ALG, { extractable: true });
  return { ...(await exportJWK(privateKey)), kid, alg: ALG, use: "sig" };
}

/** Starts the provider on 127.0.0.1; its keys are fresh each start (no key file, D-40). */
export async function startLocalProvider(options: LocalProviderOptions): Promise<LocalProvider> {
  const stamp = Date.now().toString(36);
  const privateKeys = [await keyPair(`local-${stamp}-a`), await keyPair(`local-${stamp}-b`)];
  const publicKeys = privateKeys.map(({ d: _d, ...rest }) => rest);
  const accounts = new Map(options.accounts.map((a) => [a.id, a]));
  const cliSecret = options.cliSecret ?? randomBytes(24).toString("base64url");

  // The port first: the issuer URL names it.
  const server: Server = createServer();
  server.listen(options.port ?? 0, "127.0.0.1");
  await once(server, "listening");
  if (options.unref) server.unref();
  const { port } = server.address() as AddressInfo;
  const issuer = `http://localhost:${port}`;
  const origins = options.workspaceOrigins ?? [];

  const resourceServer: ResourceServer = {
    scope: "openid profile",
    audience: API_AUDIENCE,
    accessTokenFormat: "jwt",
    accessTokenTTL: WORKSPACE_TOKEN_SECONDS,
    jwt: { sign: { alg: ALG as "ES256" } },
  };
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: WORKSPACE_CLIENT_ID,
        token_endpoint_auth_method: "none",
        grant_types: ["authorization_code"],
        response_types: ["code"],
        redirect_uris: origins.map((o) => `${o}/logga-in/klar`),
        post_logout_redirect_uris: origins.map((o) => `${o}/`),
      },
      {
        client_id: CLI_CLIENT_ID,
        client_secret: cliSecret,
        grant_types: [LOCAL_PERSON_GRANT],
        response_types: [],
        redirect_uris: [],
      },
    ],
    jwks: { keys: privateKeys as never },
    clientDefaults: { id_token_signed_response_alg: ALG },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    claims: { openid: ["sub"], profile: ["name", "org", "org_name", "roles"] },
    pkce: { required: () => true },
    // The workspace asks for the API and is given it: no consent page for a first-party client.
    loadExistingGrant: async (ctx) => {
      const accountId = ctx.oidc.session?.accountId;
      const client = ctx.oidc.client;
      if (!accountId || !client) return undefined;
      const grant = new ctx.oidc.provider.Grant({ accountId, clientId: client.clientId });
      grant.addOIDCScope("openid profile");
      grant.addResourceScope(API_RESOURCE, "openid profile");
      await grant.save();
      return grant;
    },
    findAccount: (_ctx, id) => {
      const account = accounts.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          name: account.name,
          org: account.orgNumber,
          ...(account.orgName ? { org_name: account.orgName } : {}),
          roles: [...account.roles],
        }),
      };
    },
    // Access tokens carry who the person is: org, roles and name (the API's claims, api.md).
    extraTokenClaims: (_ctx, token) => {
      const extra = (token as { extra?: Record<string, unknown> }).extra;
      // A token asked for by claims (mint, `pnpm run token`) carries them already.
      if (extra?.org) return extra;
      const account = accounts.get((token as { accountId?: string }).accountId ?? "");
      return account
        ? { org: account.orgNumber, roles: [...account.roles], name: account.name }
        : undefined;
    },
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== API_RESOURCE) throw new errors.InvalidTarget();
          return resourceServer;
        },
      },
      rpInitiatedLogout: {
        enabled: true,
        // Signing out of the workspace signs out here too, without a second question.
        logoutSource: (ctx, form) => {
          ctx.body = page(
            "Loggar ut …",
            `${form}<p>Loggar ut …</p><script>document.forms[0].submit()</script>`.replace(
              "</form>",
              '<input type="hidden" name="logout" value="yes"></form>',
            ),
          );
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.body = page("Utloggad", "<h1>Du är utloggad</h1>");
        },
      },
    },
    ttl: {
      AccessToken: (_ctx, token) =>
        (token as { resourceServer?: { accessTokenTTL?: number } }).resourceServer
          ?.accessTokenTTL ?? WORKSPACE_TOKEN_SECONDS,
      AuthorizationCode: 60,
      IdToken: WORKSPACE_TOKEN_SECONDS,
      Interaction: 10 * 60,
      Session: 12 * 60 * 60,
      Grant: 12 * 60 * 60,
    },
    clientBasedCORS: (_ctx, origin) => origins.includes(origin),
    renderError: (ctx, out) => {
      ctx.type = "html";
      ctx.body = page(
        "Något gick fel",
        `<h1>Något gick fel</h1>${Object.entries(out)
          .map(([k, v]) => `<p><strong>${html(k)}</strong>: ${html(String(v))}</p>`)
          .join("")}`,
      );
    },
  });

  /** A token of the provider's own model, signed by its keystore as the token endpoint's are. */
  const issue = async (claims: PersonClaims, expiresIn: number) => {
    const client = await provider.Client.find(CLI_CLIENT_ID);
    if (!client) throw new Error("the CLI client is missing");
    const token = new provider.AccessToken({
      accountId: claims.sub,
      client,
      gty: LOCAL_PERSON_GRANT,
      scope: "openid profile",
      expiresIn,
      resourceServer: new provider.ResourceServer(API_RESOURCE, resourceServer),
      extra: {
        org: claims.org,
        roles: [...claims.roles],
        ...(claims.name !== undefined ? { name: claims.name } : {}),
      },
    } as never);
    return { value: await token.save(), expiresIn };
  };

  // `pnpm run token`: the CLI client (authenticated by its secret) names the person (D-40).
  provider.registerGrantType(
    LOCAL_PERSON_GRANT,
    async (ctx) => {
      const params = ctx.oidc.params as Record<string, string | undefined>;
      const expires = Number(params.expires_in ?? MAX_TOKEN_SECONDS);
      if (!params.sub || !params.org || !Number.isInteger(expires) || expires < 1)
        throw new errors.InvalidRequest("sub, org and a whole expires_in ≥ 1 are needed");
      const { value, expiresIn } = await issue(
        {
          sub: params.sub,
          org: params.org,
          roles: (params.roles ?? "").split(",").filter(Boolean),
          ...(params.name ? { name: params.name } : {}),
        },
        Math.min(expires, MAX_TOKEN_SECONDS),
      );
      ctx.body = { access_token: value, token_type: "Bearer", expires_in: expiresIn };
    },
    ["sub", "org", "roles", "name", "expires_in"],
  );

  const callback = provider.callback();
  server.on("request", async (req: IncomingMessage, res: ServerResponse) => {
    if (req.url === "/favicon.ico") return res.writeHead(204).end();
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(req.url ?? "");
    if (!match) return callback(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      if (req.method === "GET" && !match[2]) {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        return res.end(loginPage(details.uid, options.accounts));
      }
      const account = (await readForm(req)).get("account") ?? "";
      if (req.method !== "POST" || !accounts.has(account)) {
        res.writeHead(400, { "content-type": "text/plain; charset=utf-8" });
        return res.end("Okänd person");
      }
      await provider.interactionFinished(req, res, { login: { accountId: account } });
    } catch {
      res.writeHead(400, { "content-type": "text/plain; charset=utf-8" });
      res.end("Inloggningen har gått ut – börja om");
    }
  });

  const signingKeys = await Promise.all(privateKeys.map((k) => importJWK(k, ALG)));
  return {
    issuer,
    publicKeys,
    cliSecret,
    mint: async (claims, expiresInSeconds = MAX_TOKEN_SECONDS) =>
      (await issue(claims, expiresInSeconds)).value,
    signClaims: (claims, keyIndex = 0) => {
      const key = signingKeys[keyIndex];
      const kid = privateKeys[keyIndex]?.kid;
      if (!key || !kid) throw new Error(`the provider has keys 0 and 1, not ${keyIndex}`);
      return new SignJWT({ iss: issuer, aud: API_AUDIENCE, ...claims })
        .setProtectedHeader({ alg: ALG, kid, typ: "at+jwt" })
        .sign(key);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
