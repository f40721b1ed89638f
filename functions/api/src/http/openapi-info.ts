/** The OpenAPI document's header: the rest is generated from the zod schemas that validate requests. */
export const OPENAPI_INFO = {
  openapi: "3.1.0" as const,
  info: {
    title: "Samverkan API",
    version: "1.0.0",
    description: [
      "The letter of intent between Luleå tekniska universitet and Norrbottens Kommuner, as enforced rules.",
      "",
      'If-Match (D-38): every write honours it. A list of entity tags (`"1", "2"`) matches when any of them is the current version (the ETag of the resource\'s GET); `*` matches any current version; a write that creates something has no version yet, so any If-Match is 412. A value that is not `*` or entity tags (at most 20) is 400 `invalid-if-match`.',
      "",
      "Paging (D-37): a list answers `{ items, nextCursor }`. A cursor is opaque and signed: it works only for the list, query (`limit` aside) and organisation it was issued to; anything else is 400 `invalid-cursor`.",
    ].join("\n"),
    license: { name: "MIT", url: "https://opensource.org/license/mit" },
  },
  servers: [{ url: "/", description: "The API, at the same origin as the web workspace" }],
};
