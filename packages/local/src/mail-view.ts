import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { App } from "@samverkan/api";
import { simpleParser } from "mailparser";

const FILE = /^[\w-]+\.eml$/;
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
// A received message's HTML is shown as is, but sandboxed: no scripts, no requests of its own.
const SANDBOX = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

/**
 * The local mail view (`pnpm dev` only; the Lambda never has it): `/local/mail` lists the
 * messages the local SMTP server received, newest first; each opens as HTML, text or `.eml`.
 */
export function mountMailView(app: App, dir: string): void {
  app.get("/local/mail", async (c) => {
    const files = readdirSync(dir)
      .filter((f) => FILE.test(f))
      .sort()
      .reverse()
      .slice(0, 200);
    const rows = await Promise.all(
      files.map(async (file) => {
        const mail = await simpleParser(readFileSync(join(dir, file)));
        const to = [mail.to]
          .flat()
          .map((a) => a?.text ?? "")
          .join(", ");
        const link = (suffix: string, label: string) =>
          `<a href="/local/mail/${file}${suffix}">${label}</a>`;
        return `<tr><td>${escapeHtml(mail.date?.toISOString() ?? "")}</td><td>${escapeHtml(to)}</td><td>${escapeHtml(mail.subject ?? "")}</td><td>${link("/html", "HTML")} ${link("/text", "text")} ${link("", ".eml")}</td></tr>`;
      }),
    );
    return c.html(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Local mail</title></head><body style="font-family:sans-serif"><h1>Mail received on this machine</h1><p>${files.length} messages in ${escapeHtml(dir)}</p><table><thead><tr><th>Received</th><th>To</th><th>Subject</th><th></th></tr></thead><tbody>${rows.join("")}</tbody></table></body></html>`,
      200,
      { "cache-control": "no-store" },
    );
  });
  app.get("/local/mail/:file{[\\w-]+\\.eml}/:part?", async (c) => {
    const file = c.req.param("file");
    if (!FILE.test(file) || !readdirSync(dir).includes(file)) return c.notFound();
    const raw = readFileSync(join(dir, file));
    const part = c.req.param("part");
    if (!part)
      return c.body(raw, 200, {
        "content-type": "message/rfc822",
        "content-disposition": `attachment; filename="${file}"`,
      });
    const mail = await simpleParser(raw);
    if (part === "text") return c.text(mail.text ?? "");
    if (part === "html")
      return c.html(mail.html || "", 200, { "content-security-policy": SANDBOX });
    return c.notFound();
  });
}
