import { createHash } from "node:crypto";
import { idempotencyKeyHash, readIdempotency } from "@samverkan/core";
import * as Effect from "effect/Effect";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./caller";
import { withSignersNamed } from "./people";
import { problemOf, sendProblem } from "./problem";
import { type AppRuntime, type StoredResponse, sendStored } from "./run-effect";

const KEY = /^[\x21-\x7e]{1,200}$/;

declare module "hono" {
  interface ContextVariableMap {
    idempotency: { keyHash: string; requestHash: string } | undefined;
  }
}

/**
 * `Idempotency-Key` on every POST (api.md): the same key with the same body replays the first
 * response and changes nothing; with another body it is refused (422). The key is stored as a
 * hash of caller and key together, so no two callers' keys can meet. The record is written in
 * the same transaction as the command's events, so a crash cannot leave one without the other.
 */
export function idempotency(runtime: AppRuntime): MiddlewareHandler<AppEnv> {
  return async function idempotentPost(c, next) {
    const key = c.req.header("idempotency-key");
    if (c.req.method !== "POST" || key === undefined) return next();
    if (!KEY.test(key))
      return sendProblem(
        c,
        problemOf(
          400,
          "invalid-idempotency-key",
          "Idempotency-Key must be 1–200 visible ASCII characters",
        ),
      );
    const body = await c.req.raw.clone().text();
    const requestHash = createHash("sha256")
      .update(`${c.req.method} ${c.req.path}\n${body}`)
      .digest("base64url");
    const keyHash = idempotencyKeyHash(c.get("caller"), key);
    const exit = await runtime.runPromiseExit(readIdempotency(keyHash));
    if (exit._tag === "Failure")
      return sendProblem(
        c,
        problemOf(503, "storage-unavailable", "Storage is temporarily unavailable"),
        {
          "retry-after": "1",
        },
      );
    const record = exit.value;
    if (record && record.requestHash !== requestHash) {
      return sendProblem(
        c,
        problemOf(
          422,
          "idempotency-key-reused",
          "This Idempotency-Key was used with another request",
        ),
      );
    }
    if (record) {
      // The stored reply is as the command made it: its signers are named as on the first reply.
      const named = await runtime.runPromiseExit(
        withSignersNamed(Effect.succeed(record.reply as StoredResponse), c.get("caller")),
      );
      if (named._tag === "Failure")
        return sendProblem(
          c,
          problemOf(503, "storage-unavailable", "Storage is temporarily unavailable"),
          { "retry-after": "1" },
        );
      const response = named.value;
      return sendStored(c, {
        ...response,
        headers: { ...response.headers, "idempotent-replay": "true" },
      });
    }
    c.set("idempotency", { keyHash, requestHash });
    return next();
  };
}
