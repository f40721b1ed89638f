import { workspaceUrl } from "./browser";

/** Reads the API as a local person would (a token from /local/token) to find pages' ids. */
export async function apiAs(personId: string) {
  const response = await fetch(`${workspaceUrl()}/local/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ personId }),
  });
  const { token } = (await response.json()) as { token: string };
  return async <T>(path: string): Promise<T> => {
    const answer = await fetch(`${workspaceUrl()}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!answer.ok) throw new Error(`GET ${path}: ${answer.status}`);
    return (await answer.json()) as T;
  };
}
