import type { CallResult } from "./problem";

/**
 * A read's data with the version it was read at (its ETag), for the write that follows to send
 * as If-Match (D-38). `fallback` when the answer has none.
 */
export function withEtag<T extends object>(
  result: CallResult<T>,
  fallback?: string,
): CallResult<T & { etag: string | undefined }> {
  return {
    ...result,
    data: result.data && {
      ...result.data,
      etag: result.response.headers.get("etag") ?? fallback,
    },
  };
}
