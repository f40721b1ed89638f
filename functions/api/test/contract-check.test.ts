import { describe, expect, it } from "vitest";
import { contractViolation } from "./support/contract-check";

// The check every API test's responses pass through (support/test-app.ts) must be able to fail.
describe("every response a test receives is checked against /openapi.json", () => {
  const json = "application/json";

  it("an undeclared status fails", () => {
    expect(contractViolation("GET", "/v1/agreements/x", 418, json, {})).toMatch(
      /answered 418, which the OpenAPI document does not declare/,
    );
  });

  it("a body that does not match its schema fails, naming the field", () => {
    const violation = contractViolation("GET", "/v1/agreements", 200, json, {
      items: "not a list",
      nextCursor: null,
    });
    expect(violation).toMatch(/body\/items must be array/);
  });

  it("a problem without its required fields fails", () => {
    expect(
      contractViolation("POST", "/v1/agreements/x/termination", 422, "application/problem+json", {
        title: "no status, no code",
      }),
    ).toMatch(/must have required property/);
  });

  it("a declared response passes; paths outside the document are not judged", () => {
    expect(
      contractViolation("GET", "/v1/agreements?limit=5", 200, json, {
        items: [],
        nextCursor: null,
      }),
    ).toBeUndefined();
    expect(contractViolation("GET", "/health", 200, json, { ok: true })).toBeUndefined();
  });
});
