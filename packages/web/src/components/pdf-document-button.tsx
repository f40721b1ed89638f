import { api } from "../api/api-client";
import type { Command } from "../api/use-command";

/**
 * Fetches one of the letter's PDF documents with the session's token (a plain link would carry
 * none) and hands it to the browser as a file named after it.
 */
export async function downloadDocument(command: Command, apiPath: string): Promise<void> {
  // The registry and the pages name documents by their API path; the client adds the base URL.
  const file = await command.run(() =>
    api().GET(apiPath as "/v1/agreements/{id}/documents/letter.pdf", {
      params: { path: { id: "" } },
      parseAs: "blob",
    }),
  );
  if (!(file instanceof Blob)) return;
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([file], { type: "application/pdf" }));
  link.download = apiPath.split("/").pop() ?? "dokument.pdf";
  link.click();
  URL.revokeObjectURL(link.href);
}

/** A button that downloads one document as PDF. */
export function PdfDocumentButton(props: {
  readonly command: Command;
  readonly apiPath: string;
  readonly label: string;
  /** Said to screen readers after the label, where many buttons share it (a table's rows). */
  readonly context?: string;
}) {
  return (
    <button
      type="button"
      class="button button--secondary"
      disabled={props.command.busy}
      onClick={() => downloadDocument(props.command, props.apiPath)}
    >
      {props.label}
      {props.context && <span class="visually-hidden">: {props.context}</span>}
    </button>
  );
}
