import type { Context } from "hono";

// `/docs`: the API reference as one self-contained page made from the OpenAPI document. No script
// and nothing from another origin: it works offline, nothing upstream can change what runs in it,
// and its Content-Security-Policy allows only its own inline style.

type Operation = {
  summary?: string;
  tags?: string[];
  parameters?: Array<{ name: string; in: string; required?: boolean; description?: string }>;
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string }>;
};
type Parameter = NonNullable<Operation["parameters"]>[number];
type Document = {
  info?: { title?: string; description?: string };
  components?: { parameters?: Record<string, Parameter> };
  paths?: Record<string, Record<string, Operation>>;
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const schemaName = (schema: unknown) => {
  const ref = (schema as { $ref?: string } | undefined)?.$ref;
  return ref ? ref.split("/").at(-1) : "JSON";
};

function operationHtml(method: string, path: string, op: Operation): string {
  const params = (op.parameters ?? [])
    .map(
      (p) =>
        `<li><code>${escapeHtml(p.name)}</code> (${escapeHtml(p.in)}${p.required ? ", required" : ""})${p.description ? ` — ${escapeHtml(p.description)}` : ""}</li>`,
    )
    .join("");
  const body = op.requestBody?.content?.["application/json"]?.schema;
  const responses = Object.entries(op.responses ?? {})
    .map(
      ([status, r]) =>
        `<li><code>${escapeHtml(status)}</code> ${escapeHtml(r.description ?? "")}</li>`,
    )
    .join("");
  return `<section><h3><code>${method.toUpperCase()} ${escapeHtml(path)}</code></h3><p>${escapeHtml(op.summary ?? "")}</p>${params ? `<h4>Parameters</h4><ul>${params}</ul>` : ""}${body ? `<h4>Body</h4><p><code>${escapeHtml(schemaName(body) ?? "")}</code> (application/json; the schema is in <a href="/openapi.json">/openapi.json</a>)</p>` : ""}<h4>Responses</h4><ul>${responses}</ul></section>`;
}

/** The reference page's HTML for an OpenAPI document, grouped by tag. */
export function referenceHtml(openapi: unknown): string {
  const document = openapi as Document;
  const byTag = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(document.paths ?? {}))
    for (const [method, op] of Object.entries(methods)) {
      const tag = op.tags?.[0] ?? "Other";
      // A parameter declared once (`Acting-For`, R25) is shown where it is referred to.
      const parameters = (op.parameters ?? []).flatMap((p) => {
        const ref = (p as { $ref?: string }).$ref;
        const found = ref ? document.components?.parameters?.[ref.split("/").at(-1) ?? ""] : p;
        return found ? [found] : [];
      });
      const shown = operationHtml(method, path, { ...op, parameters });
      byTag.set(tag, [...(byTag.get(tag) ?? []), shown]);
    }
  const sections = [...byTag]
    .map(([tag, ops]) => `<h2>${escapeHtml(tag)}</h2>${ops.join("")}`)
    .join("");
  const title = escapeHtml(document.info?.title ?? "API");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#0b0c0c}code{background:#f3f2f1;padding:0 .2em}section{border-top:1px solid #b1b4b6;padding:.5rem 0}h3{font-size:1.05rem;margin:.5rem 0}h4{font-size:.95rem;margin:.5rem 0 0}</style></head><body><h1>${title}</h1><p>${escapeHtml(document.info?.description ?? "")}</p><p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). Every route under <code>/v1</code> takes a bearer token.</p>${sections}</body></html>`;
}

/** Sends the reference page with a Content-Security-Policy that allows nothing but its style. */
export function sendReference(c: Context, document: unknown) {
  return c.html(referenceHtml(document), 200, {
    "content-security-policy":
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "cache-control": "public, max-age=300",
  });
}
