/**
 * `make`'s promise, made on the first call and kept for every later one; a promise that rejects is
 * dropped, so the next call makes it again (a chunk that failed to load, a document that failed to
 * build, is not a failure for the process's lifetime).
 *
 * @example const documentOnce = once(() => import("./openapi-document").then(build));
 */
export function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => {
    if (!made) {
      made = make();
      made.catch(() => {
        made = undefined;
      });
    }
    return made;
  };
}
