import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import type { ZipFile } from "yazl";

/** What a streamed entry came to: its size and SHA-256, known once it has been written. */
export interface Digest {
  readonly size: number;
  readonly sha256: string;
}

/**
 * Adds `chunks` to the ZIP as `entryPath` and resolves when the ZIP has read them all, with the
 * bytes' size and SHA-256 computed as they passed. The chunks are pulled only as the ZIP writes
 * (a lazy Readable over the iterable), so nothing is read ahead of the package's consumer: this
 * is what keeps a long trail out of memory (D-57).
 */
export function addStreamed(
  zip: ZipFile,
  entryPath: string,
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: { readonly mtime: Date; readonly compress: boolean },
): Promise<Digest> {
  const hash = createHash("sha256");
  let size = 0;
  async function* hashed() {
    for await (const chunk of chunks) {
      hash.update(chunk);
      size += chunk.byteLength;
      yield chunk;
    }
  }
  // objectMode off: the ZIP reads bytes; a small high-water mark keeps at most a chunk or two
  // ahead of it.
  const stream = Readable.from(hashed(), { objectMode: false, highWaterMark: 16 * 1024 });
  return new Promise((resolve, reject) => {
    stream.once("end", () => resolve({ size, sha256: hash.digest("hex") }));
    stream.once("error", reject);
    zip.addReadStream(stream, entryPath, options);
  });
}
