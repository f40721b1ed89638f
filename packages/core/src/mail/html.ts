/** Text made safe inside HTML: names and titles come from people. */
export const escapeHtml = (text: string) =>
  text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");

/** One block of a message, written once for the plain-text part and once for the HTML part. */
export interface MessageBlock {
  readonly heading?: string;
  readonly lines: readonly string[];
  readonly link?: { readonly label: string; readonly href: string };
}

/** The plain-text part: headings underlined, links written out. */
export function plainText(blocks: readonly MessageBlock[]): string {
  return blocks
    .map((block) =>
      [
        ...(block.heading ? [block.heading, "-".repeat(block.heading.length)] : []),
        ...block.lines,
        ...(block.link ? [`${block.link.label}: ${block.link.href}`] : []),
      ].join("\n"),
    )
    .join("\n\n")
    .concat("\n");
}

/** The HTML part: the same blocks, plain markup that mail clients render alike. */
export function htmlDocument(lang: string, title: string, blocks: readonly MessageBlock[]): string {
  const body = blocks
    .map((block) =>
      [
        block.heading
          ? `<h2 style="font-size:1.1em;margin:1.2em 0 .3em">${escapeHtml(block.heading)}</h2>`
          : "",
        ...block.lines.map((line) => `<p style="margin:.3em 0">${escapeHtml(line)}</p>`),
        block.link
          ? `<p><a href="${escapeHtml(block.link.href)}">${escapeHtml(block.link.label)}</a></p>`
          : "",
      ].join(""),
    )
    .join("\n");
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font-family:sans-serif;line-height:1.4">\n${body}\n</body></html>\n`;
}
