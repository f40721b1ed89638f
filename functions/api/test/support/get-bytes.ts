import { contractViolation } from "./contract-check";
import { NOK, type Role, type TestApp } from "./test-app";

/**
 * A GET whose body is bytes (a PDF, a ZIP), as `org` with `roles`, checked against the OpenAPI
 * document like every call (`TestApp.call` reads bodies as text).
 */
export async function getBytes(t: TestApp, path: string, org = NOK, roles: Role[] = ["viewer"]) {
  const token = await t.token(org, roles);
  const response = await t.app.request(`http://localhost${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const violation = contractViolation(
    "GET",
    path,
    response.status,
    response.headers.get("content-type"),
    null,
  );
  if (violation) throw new Error(violation);
  return { status: response.status, headers: response.headers, bytes };
}
