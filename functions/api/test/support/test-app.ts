import { randomUUID } from "node:crypto";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  clockWithToday,
  dynamoClient,
  dynamoLayer,
  ensureTable,
  type TrustedIssuer,
} from "@samverkan/core";
import { API_AUDIENCE, type PersonClaims } from "@samverkan/core/local";
import {
  date,
  type LetterTemplate,
  LULEA_TEKNISKA_UNIVERSITET,
  NORRBOTTENS_KOMMUNER,
  type Organisation,
  orgNumber,
} from "@samverkan/domain";
import * as Clock from "effect/Clock";
import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";
import * as ManagedRuntime from "effect/ManagedRuntime";
import Organisationsnummer from "organisationsnummer";
import { inject } from "vitest";
import { createApp } from "../../src/http/app";
import { contractViolation } from "./contract-check";
import { type TestIssuer, testIssuer } from "./test-issuer";

export const NOK = NORRBOTTENS_KOMMUNER;
export const LTU = LULEA_TEKNISKA_UNIVERSITET;

/** A made-up valid organisation number (test data only): the library picks the check digit. */
export function testOrg(firstNine: string, name: string): Organisation {
  const digit = [..."0123456789"].find((d) => Organisationsnummer.valid(firstNine + d));
  return { orgNumber: orgNumber(`${firstNine}${digit}`), name };
}
export const KIRUNA = testOrg("212000281", "Kiruna");
export const RISE = testOrg("556464687", "RISE");
export const OUTSIDER = testOrg("556036079", "Outsider AB");

export type Role = "signatory" | "coordinator" | "viewer";

/**
 * The day the test app takes as today, whatever the machine's date: tests record facts up to it
 * (D-20 refuses later ones) and read views as of it.
 */
export const TEST_TODAY = "2026-12-31";

/**
 * The app on a fresh table in the run's DynamoDB Local, trusting the worker's local OpenID
 * Provider (started once per test file's worker): it verifies through discovery and JWKS.
 */
export async function createTestApp(
  options: {
    endpoint?: string;
    wrapClient?: (client: DynamoDBClient) => DynamoDBClient;
    today?: string;
    writesPerMinute?: number;
    municipalities?: Organisation[];
    maxReportEvents?: number;
    /** D-45: the templates to draft from (every version); the built-in ones when absent. */
    templates?: readonly LetterTemplate[];
    registryBounds?: { eventsPerPage?: number; csvRows?: number };
    maxExportEvents?: number;
    /** Issuers to trust instead of the worker's provider (trust tests). */
    trust?: readonly TrustedIssuer[];
    /** D-67: as deployed behind API Gateway, the archive package redirects to this function URL. */
    archiveUrl?: string;
  } = {},
) {
  const endpoint = options.endpoint ?? inject("dynamoEndpoint");
  const tableName = `test-${randomUUID()}`;
  const client = dynamoClient({ tableName, endpoint });
  await ensureTable(client, tableName);
  // The test app's clock: `setToday` moves it, so a test can record facts on their own days (D-32).
  let clock = Effect.runSync(
    Effect.provide(
      Clock.clockWith(Effect.succeed),
      clockWithToday(date(options.today ?? TEST_TODAY)),
    ),
  );
  const movable: Clock.Clock = {
    currentTimeMillisUnsafe: () => clock.currentTimeMillisUnsafe(),
    currentTimeMillis: Effect.sync(() => clock.currentTimeMillisUnsafe()),
    currentTimeNanosUnsafe: () => clock.currentTimeNanosUnsafe(),
    currentTimeNanos: Effect.sync(() => clock.currentTimeNanosUnsafe()),
    monotonicTimeNanosUnsafe: () => clock.monotonicTimeNanosUnsafe(),
    monotonicTimeNanos: Effect.sync(() => clock.monotonicTimeNanosUnsafe()),
    sleep: (duration) => clock.sleep(duration),
  };
  const setToday = (day: string) => {
    clock = Effect.runSync(
      Effect.provide(Clock.clockWith(Effect.succeed), clockWithToday(date(day))),
    );
  };
  const runtime = ManagedRuntime.make(
    Layer.merge(
      dynamoLayer(
        { tableName, endpoint },
        options.wrapClient ? options.wrapClient(client) : client,
      ),
      Layer.effect(
        Clock.Clock,
        Effect.sync(() => movable),
      ),
    ),
  );
  const issuer: TestIssuer = await testIssuer([NOK, LTU, KIRUNA, RISE, OUTSIDER]);
  const app = createApp({
    runtime,
    auth: { audience: API_AUDIENCE, issuers: options.trust ?? [issuer.trusted] },
    corsOrigins: ["https://app.example"],
    municipalities: options.municipalities ?? [KIRUNA],
    ...(options.writesPerMinute ? { writesPerMinute: options.writesPerMinute } : {}),
    ...(options.maxReportEvents ? { maxReportEvents: options.maxReportEvents } : {}),
    ...(options.templates ? { templates: options.templates } : {}),
    ...(options.registryBounds ? { registryBounds: options.registryBounds } : {}),
    ...(options.maxExportEvents ? { maxExportEvents: options.maxExportEvents } : {}),
    ...(options.archiveUrl ? { archiveUrl: options.archiveUrl } : {}),
  });
  const token = (org: Organisation | string, roles: Role[], sub = `user-${roles.join("-")}`) =>
    issuer.sign({
      sub,
      org: typeof org === "string" ? org : org.orgNumber,
      roles,
      name: "Test Person",
    });

  /** A real HTTP request through the app. */
  async function call(
    method: string,
    path: string,
    options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers["content-type"] ??= "application/json";
    const body =
      options.body === undefined
        ? undefined
        : typeof options.body === "string"
          ? options.body
          : JSON.stringify(options.body);
    const response = await app.request(`http://localhost${path}`, { method, headers, body });
    const text = await response.text();
    // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies of many shapes.
    let json: any = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = text;
    }
    // Every response any test receives is what the OpenAPI document declares for it.
    const violation = contractViolation(
      method,
      path,
      response.status,
      response.headers.get("content-type"),
      json,
    );
    if (violation) throw new Error(violation);
    return { status: response.status, headers: response.headers, json, text };
  }

  /** A real HTTP request as a named person: a token with their subject, name, org and roles. */
  const callAs = async (
    person: PersonClaims & { readonly name: string },
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) =>
    call(method, path, {
      token: await issuer.sign(person),
      ...(body !== undefined ? { body } : {}),
      ...(headers ? { headers } : {}),
    });

  const as = (org: Organisation, roles: Role[]) => {
    const tokenPromise = token(org, roles);
    return {
      get: async (path: string, headers?: Record<string, string>) =>
        call("GET", path, { token: await tokenPromise, ...(headers ? { headers } : {}) }),
      post: async (path: string, body?: unknown, headers?: Record<string, string>) =>
        call("POST", path, { token: await tokenPromise, body, ...(headers ? { headers } : {}) }),
      put: async (path: string, body?: unknown, headers?: Record<string, string>) =>
        call("PUT", path, { token: await tokenPromise, body, ...(headers ? { headers } : {}) }),
      patch: async (path: string, body?: unknown) =>
        call("PATCH", path, { token: await tokenPromise, body }),
    };
  };

  return {
    app,
    client,
    tableName,
    runtime,
    issuer,
    token,
    call,
    callAs,
    as,
    /** Moves the app's today (default `TEST_TODAY`): facts recorded then are recorded that day. */
    setToday,
    close: () => runtime.dispose(),
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Drafts the LTU–NoK letter through the API and signs it by both parties. */
export async function signedAgreement(t: TestApp, signedOn = "2025-10-01") {
  const draft = await t.as(NOK, ["coordinator"]).post("/v1/agreements", {
    title: "Avsiktsförklaring LTU–NoK",
    parties: [NOK, LTU],
    terms: { noticeMonths: 3, dialogsPerYear: 2, basisLeadDays: 14, structureReviewsPerYear: 1 },
    focusAreas: [
      "competence-development",
      "health-and-care",
      "digitalisation",
      "education",
      "research-development-innovation",
    ],
    // Registered with its real history (D-20): drafted before it was signed.
    draftedOn: signedOn < "2025-09-01" ? signedOn : "2025-09-01",
  });
  if (draft.status !== 201) throw new Error(`draft failed: ${draft.status} ${draft.text}`);
  const id = draft.json.id as string;
  for (const party of [NOK, LTU]) {
    const signed = await t
      .as(party, ["signatory"])
      .post(`/v1/agreements/${id}/signatures`, { signedOn });
    if (signed.status !== 201) throw new Error(`signing failed: ${signed.status} ${signed.text}`);
  }
  return id;
}
