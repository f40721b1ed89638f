// @samverkan/client: the Samverkan API's paths and schemas as TypeScript types (generated from
// openapi.json) and a small fetch client on openapi-fetch that sends the caller's bearer token.

import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { components, paths } from "./schema";

export type { components, operations, paths } from "./schema";

type Schemas = components["schemas"];
/** A letter of intent as of a day: status, parties with signatures, notice (GET /v1/agreements/{id}). */
export type Agreement = Schemas["Agreement"];
/** One line of GET /v1/agreements. */
export type AgreementSummary = Schemas["AgreementSummary"];
export type Obligation = Schemas["Obligation"];
export type Dialog = Schemas["Dialog"];
export type Need = Schemas["Need"];
export type Activity = Schemas["Activity"];
export type FundingApplication = Schemas["FundingApplication"];
export type AuditEvent = Schemas["Event"];
export type Notification = Schemas["Notification"];
export type Notice = Schemas["Notice"];
export type Amendment = Schemas["Amendment"];
export type Amendments = Schemas["Amendments"];
export type CalendarFeed = Schemas["CalendarFeed"];
/** R25: a substitution of the caller's organisation. */
export type Substitution = Schemas["Substitution"];
/** A template letters are drafted from (D-45): terms, focus areas, the parties' roles, clauses. */
export type Template = Schemas["Template"];
/** One entry of a party's registry extract (GET /v1/agreements/{id}/registry, D-55). */
export type RegistryEntry = Schemas["RegistryEntry"];
/** An RFC 9457 problem: `code` says what went wrong, `rule` which rule of the letter refused. */
export type Problem = Schemas["Problem"];

/** The typed client: `client.GET("/v1/agreements/{id}", { params: { path: { id } } })`. */
export type SamverkanClient = Client<paths>;

/** Gives the current access token, or nothing when nobody is signed in. */
export type TokenSource = () => string | null | undefined | Promise<string | null | undefined>;

export interface SamverkanClientOptions {
  /** Where the API is: `""` for the same origin in a browser, `https://…` elsewhere. */
  readonly baseUrl?: string;
  /** Asked before every request, so a refreshed token is used as soon as it exists. */
  readonly getToken: TokenSource;
  /** Another fetch (tests, server-side rendering). */
  readonly fetch?: typeof globalThis.fetch;
}

/**
 * Middleware that sends `Authorization: Bearer <token>` when `getToken` gives one.
 *
 * @example client.use(bearerToken(() => sessionStorage.getItem("token")))
 */
export function bearerToken(getToken: TokenSource): Middleware {
  return {
    async onRequest({ request }) {
      const token = await getToken();
      if (token) request.headers.set("authorization", `Bearer ${token}`);
      return request;
    },
  };
}

/**
 * A typed client for the Samverkan API. Each call resolves to `{ data }` on success or
 * `{ error }` with the API's problem on refusal; it throws only when the network fails.
 *
 * @example
 * const api = createSamverkanClient({ baseUrl: "", getToken: () => auth.accessToken });
 * const { data, error } = await api.GET("/v1/agreements/{id}", { params: { path: { id: "ltu-nok" } } });
 */
export function createSamverkanClient(options: SamverkanClientOptions): SamverkanClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? "",
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  client.use(bearerToken(options.getToken));
  return client;
}

/** True for an RFC 9457 problem from the API (what `error` holds when a call is refused). */
export function isProblem(value: unknown): value is Problem {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { code?: unknown }).code === "string" &&
    typeof (value as { status?: unknown }).status === "number"
  );
}
