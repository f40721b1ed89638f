#!/usr/bin/env node
// Packs @samverkan/client as it would be published, installs the tarball into a scratch project
// and uses it there: proof that what a web developer gets imports and sends the bearer token,
// beyond what publint and attw read from package.json.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const packageDir = resolve(import.meta.dirname, "..");
const scratch = mkdtempSync(join(tmpdir(), "samverkan-client-pack-"));
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

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

try {
  console.log("check-packed: packing @samverkan/client …");
  run("pnpm", ["pack", "--pack-destination", scratch], packageDir);
  const tarball = readdirSync(scratch).find((name) => name.endsWith(".tgz"));
  if (!tarball) throw new Error("pnpm pack wrote no tarball");
  writeFileSync(join(scratch, "package.json"), JSON.stringify({ name: "scratch", private: true }));
  console.log(`check-packed: installing ${tarball} into a scratch project …`);
  run(
    "npm",
    ["install", `./${tarball}`, "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"],
    scratch,
  );
  writeFileSync(join(scratch, "probe.mjs"), probe);
  console.log(`check-packed: ESM ${run("node", ["probe.mjs"], scratch).trim()}`);
} catch (error) {
  console.error(`check-packed: FAILED: ${error.stderr || error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
