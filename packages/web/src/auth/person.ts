/** The signed-in person, from the claims of their token (api.md: sub, name, org, roles). */
export interface Person {
  readonly sub: string;
  readonly name: string;
  readonly orgNumber: string;
  readonly roles: readonly string[];
  /** Seconds since 1970 when the token expires. */
  readonly expiresAt: number;
}

/**
 * Reads a JWT's claims to show who is signed in and which buttons they may use. It does not
 * verify the token: the API does, on every request; this only decides what to show.
 */
export function personOf(token: string): Person | undefined {
  const payload = token.split(".")[1];
  if (!payload) return undefined;
  try {
    const base64 = payload.replace(/-/g, "+").replace(/_/g, "/");
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const claims = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
    if (typeof claims.sub !== "string" || typeof claims.org !== "string") return undefined;
    return {
      sub: claims.sub,
      name: typeof claims.name === "string" ? claims.name : claims.sub,
      orgNumber: claims.org,
      roles: Array.isArray(claims.roles) ? claims.roles.filter((r) => typeof r === "string") : [],
      expiresAt: typeof claims.exp === "number" ? claims.exp : 0,
    };
  } catch {
    return undefined;
  }
}

export const hasRole = (person: Person, role: "signatory" | "coordinator" | "viewer") =>
  person.roles.includes(role);
