import type { OpenAPIHono } from "@hono/zod-openapi";

type DocumentConfig = Parameters<OpenAPIHono["getOpenAPI31Document"]>[0];

/** The OpenAPI document's header: the rest is generated from the zod schemas that validate requests. */
export const OPENAPI_INFO: DocumentConfig = {
  openapi: "3.1.0",
  info: {
    title: "Samverkan API",
    version: "1.0.0",
    description:
      "The letter of intent between Luleå tekniska universitet and Norrbottens Kommuner, as enforced rules.",
    license: { name: "MIT", url: "https://opensource.org/license/mit" },
  },
  servers: [{ url: "/", description: "The API, at the same origin as the web workspace" }],
};
