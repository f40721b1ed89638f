import { validate } from "@readme/openapi-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "./support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** api.md's routes, in OpenAPI path syntax. */
const CONTRACT: Array<[string, string]> = [
  ["get", "/v1/agreements"],
  ["post", "/v1/agreements"],
  ["get", "/v1/agreements/{id}"],
  ["post", "/v1/agreements/{id}/signatures"],
  ["post", "/v1/agreements/{id}/termination"],
  ["get", "/v1/agreements/{id}/obligations"],
  ["get", "/v1/agreements/{id}/events"],
  ["put", "/v1/agreements/{id}/collaboration-group"],
  ["post", "/v1/agreements/{id}/dialogs"],
  ["post", "/v1/agreements/{id}/dialogs/{dialogId}/basis"],
  ["post", "/v1/agreements/{id}/dialogs/{dialogId}/record"],
  ["get", "/v1/agreements/{id}/needs"],
  ["post", "/v1/agreements/{id}/needs"],
  ["get", "/v1/agreements/{id}/activities"],
  ["post", "/v1/agreements/{id}/activities"],
  ["get", "/v1/agreements/{id}/activities/{activityId}"],
  ["put", "/v1/agreements/{id}/activities/{activityId}/special-agreement"],
  ["post", "/v1/agreements/{id}/activities/{activityId}/special-agreement/signatures"],
  ["post", "/v1/agreements/{id}/activities/{activityId}/start"],
  ["post", "/v1/agreements/{id}/activities/{activityId}/complete"],
  ["post", "/v1/agreements/{id}/structure-reviews"],
  ["get", "/v1/agreements/{id}/funding-applications"],
  ["post", "/v1/agreements/{id}/funding-applications"],
  ["patch", "/v1/agreements/{id}/funding-applications/{applicationId}"],
  ["get", "/v1/agreements/{id}/notifications"],
  ["get", "/v1/agreements/{id}/calendar.ics"],
];

describe("GET /openapi.json", () => {
  it("is a valid OpenAPI 3.1 document that lists every route of the contract", async () => {
    const res = await t.call("GET", "/openapi.json");
    expect(res.status).toBe(200);
    expect(res.json.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(res.json));
    expect(
      result.valid,
      JSON.stringify("errors" in result ? result.errors : [], null, 2).slice(0, 2000),
    ).toBe(true);
    const missing = CONTRACT.filter(([method, path]) => !res.json.paths[path]?.[method]);
    expect(missing).toEqual([]);
  });

  it("documents bearer authentication and problem responses", async () => {
    const doc = (await t.call("GET", "/openapi.json")).json;
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: "http", scheme: "bearer" });
    expect(
      doc.paths["/v1/agreements/{id}/termination"].post.responses["422"].content[
        "application/problem+json"
      ],
    ).toBeTruthy();
  });

  it("GET /docs serves an interactive reference of it", async () => {
    const res = await t.call("GET", "/docs");
    expect(res.status).toBe(200);
    expect(res.text).toContain("/openapi.json");
  });
});
