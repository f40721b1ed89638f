/** The OpenAPI document's header: the rest is generated from the zod schemas that validate requests. */
export const OPENAPI_INFO = {
  openapi: "3.1.0" as const,
  info: {
    title: "Samverkan API",
    version: "1.0.0",
    description:
      "The letter of intent between Luleå tekniska universitet and Norrbottens Kommuner, as enforced rules.",
    license: { name: "MIT", url: "https://opensource.org/license/mit" },
  },
  servers: [{ url: "/", description: "The API, at the same origin as the web workspace" }],
};
