import * as Effect from "effect/Effect";
import { StoreUnavailable } from "../errors";

// Failures of DynamoDB itself (not our conditions): throttling, an unreachable endpoint, 5xx.
const UNAVAILABLE = new Set([
  "ProvisionedThroughputExceededException",
  "ThrottlingException",
  "RequestLimitExceeded",
  "InternalServerError",
  "ServiceUnavailable",
  "TimeoutError",
]);

function isUnavailable(error: unknown): boolean {
  const e = error as { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  if (e?.name && UNAVAILABLE.has(e.name)) return true;
  if (e?.code && ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE"].includes(e.code)) return true;
  if (
    e?.name === "Error" &&
    /ECONNREFUSED|socket hang up|connect/i.test(String((error as Error).message))
  )
    return true;
  return (e?.$metadata?.httpStatusCode ?? 0) >= 500;
}

/**
 * Runs one DynamoDB request as an Effect. Unavailability becomes `StoreUnavailable` (the client
 * gets 503 with Retry-After); any other failure is handed to `onError` or becomes a defect.
 */
export function dynamoCall<A, E = never>(
  operation: string,
  run: () => Promise<A>,
  onError?: (error: unknown) => E | undefined,
): Effect.Effect<A, E | StoreUnavailable> {
  return Effect.tryPromise({ try: run, catch: (error) => error }).pipe(
    Effect.catch((error): Effect.Effect<never, E | StoreUnavailable> => {
      const mapped = onError?.(error);
      if (mapped !== undefined) return Effect.fail(mapped);
      if (isUnavailable(error))
        return Effect.fail(new StoreUnavailable({ operation, cause: error }));
      return Effect.die(error);
    }),
    Effect.withSpan(`dynamo.${operation}`),
  );
}
