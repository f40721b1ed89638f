#!/usr/bin/env node
// Packs @samverkan/client as it would be published, installs the tarball into a scratch project
// and uses it there: proof that what a web developer gets imports and sends the bearer token,
// beyond what publint and attw read from package.json.
import { resolve } from "node:path";
import { checkPacked } from "../../../scripts/check-packed.mjs";

const probe = `
import { createSamverkanClient, isProblem } from "@samverkan/client";
import document from "@samverkan/client/openapi.json" with { type: "json" };
let seen;
const api = createSamverkanClient({
  baseUrl: "https://api.example",
  getToken: () => "t0ken",
  fetch: async (request) => {
    seen = request.headers.get("authorization");
    return Response.json({ type: "about:blank", title: "Not found", status: 404, detail: "No agreement x", code: "agreement-not-found" }, { status: 404, headers: { "content-type": "application/problem+json" } });
  },
});
const { error } = await api.GET("/v1/agreements/{id}", { params: { path: { id: "x" } } });
if (seen !== "Bearer t0ken" || !isProblem(error) || error.code !== "agreement-not-found" || !document.paths["/v1/agreements"]) {
  console.error("unexpected results", { seen, error });
  process.exit(1);
}
console.log("ok", Object.keys(document.paths).length, "paths");
`;

checkPacked(resolve(import.meta.dirname, ".."), "@samverkan/client", [
  { label: "ESM", file: "probe.mjs", source: probe },
]);
