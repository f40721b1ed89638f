import type { RegistryEntry } from "@samverkan/client";
import { useEffect, useState } from "preact/hooks";
import { agreementPath, useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { useCommand } from "../api/use-command";
import { useResource } from "../api/use-resource";
import { ErrorSummary } from "../components/error-summary";
import { Loading } from "../components/loading";
import { PageHeading } from "../components/page-heading";
import { PdfDocumentButton } from "../components/pdf-document-button";
import { TextField } from "../forms/text-field";
import { useI18n } from "../i18n/i18n";
import { Link } from "../router/link";

/** Where in the workspace a registry entry's document is shown, when it is no PDF. */
function workspacePathOf(letterId: string, link: string): string {
  const rest = link.replace(`/v1/agreements/${letterId}`, "").split("/").filter(Boolean);
  if (rest[0] === "dialogs" && rest[1]) return agreementPath(letterId, `dialoger/${rest[1]}`);
  if (rest[0] === "funding-applications") return agreementPath(letterId, "finansiering");
  return agreementPath(letterId);
}

/**
 * The organisation's registry extract of this letter (Diarium, issue #22 item 1, D-55): its
 * official documents with number, dates, kind, counterpart; each PDF to download, and the whole
 * extract as CSV for Excel.
 */
export default function RegistryPage() {
  const i18n = useI18n();
  const { agreement, letterId } = useAgreement();
  const command = useCommand();
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [period, setPeriod] = useState<{ from?: string; to?: string }>({});
  const [cursor, setCursor] = useState<string | undefined>();
  const [entries, setEntries] = useState<RegistryEntry[]>([]);
  const query = { ...period, limit: 50 };
  const page = useResource(
    () =>
      api().GET("/v1/agreements/{id}/registry", {
        params: { path: { id: letterId }, query: { ...query, ...(cursor ? { cursor } : {}) } },
      }),
    [letterId, period.from, period.to, cursor],
  );
  // JSON here (the route gives CSV only when asked for it with Accept).
  const data = typeof page.data === "object" ? page.data : undefined;
  useEffect(() => {
    if (data) setEntries((before) => [...before, ...data.items]);
  }, [data]);
  const show = (event: Event) => {
    event.preventDefault();
    setEntries([]);
    setCursor(undefined);
    setPeriod({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
  };
  const csv = async () => {
    // As bytes: decoding would drop the byte order mark Excel needs to read å, ä and ö.
    const bytes = await command.run(() =>
      api().GET("/v1/agreements/{id}/registry", {
        params: { path: { id: letterId }, query },
        parseAs: "arrayBuffer",
        headers: { accept: "text/csv" },
      }),
    );
    if (!(bytes instanceof ArrayBuffer)) return;
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([bytes], { type: "text/csv;charset=utf-8" }));
    link.download = `diarium-${letterId}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  const base = `/v1/agreements/${letterId}`;
  return (
    <>
      <PageHeading caption={agreement.title}>{i18n.t("registry.title")}</PageHeading>
      <p class="lead">{i18n.t("registry.intro")}</p>
      <ErrorSummary problem={page.problem ?? command.problem} letterId={letterId} />
      <h2>{i18n.t("registry.documents")}</h2>
      <p>
        <PdfDocumentButton
          command={command}
          apiPath={`${base}/documents/letter.pdf`}
          label={i18n.t("registry.letterPdf")}
        />{" "}
        <PdfDocumentButton
          command={command}
          apiPath={`${base}/documents/letter-signatures.pdf`}
          label={i18n.t("registry.letterSignaturesPdf")}
        />
      </p>
      <h2>{i18n.t("registry.title")}</h2>
      <form class="filters" onSubmit={show}>
        <TextField
          name="from"
          type="date"
          label={i18n.t("registry.from")}
          value={from}
          onInput={setFrom}
        />
        <TextField name="to" type="date" label={i18n.t("registry.to")} value={to} onInput={setTo} />
        <button type="submit" class="button button--secondary">
          {i18n.t("registry.show")}
        </button>
        <button
          type="button"
          class="button button--secondary"
          disabled={command.busy}
          onClick={csv}
        >
          {i18n.t("registry.csv")}
        </button>
      </form>
      {entries.length === 0 && page.loading ? (
        <Loading />
      ) : entries.length === 0 ? (
        <p>{i18n.t("registry.none")}</p>
      ) : (
        <>
          <p role="status">{i18n.t("registry.shown", { count: entries.length })}</p>
          <table class="table table--stacked">
            <caption class="visually-hidden">{i18n.t("registry.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{i18n.t("registry.number")}</th>
                <th scope="col">{i18n.t("registry.registeredOn")}</th>
                <th scope="col">{i18n.t("registry.documentDate")}</th>
                <th scope="col">{i18n.t("registry.kind")}</th>
                <th scope="col">{i18n.t("registry.description")}</th>
                <th scope="col">{i18n.t("registry.counterparts")}</th>
                <th scope="col">
                  <span class="visually-hidden">{i18n.t("registry.open")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.documentNumber}>
                  <td data-label={i18n.t("registry.number")}>{entry.documentNumber}</td>
                  <td data-label={i18n.t("registry.registeredOn")}>
                    {i18n.date(entry.registeredOn)}
                  </td>
                  <td data-label={i18n.t("registry.documentDate")}>
                    {entry.documentDate ? i18n.date(entry.documentDate) : ""}
                  </td>
                  <td data-label={i18n.t("registry.kind")}>{entry.kind}</td>
                  <td data-label={i18n.t("registry.description")}>{entry.description}</td>
                  <td data-label={i18n.t("registry.counterparts")}>
                    {entry.counterparts.map((o) => o.name).join(", ")}
                  </td>
                  <td>
                    {entry.link.endsWith(".pdf") ? (
                      <PdfDocumentButton
                        command={command}
                        apiPath={entry.link}
                        label={i18n.t("registry.openPdf")}
                        context={`${entry.description}, ${entry.documentNumber}`}
                      />
                    ) : (
                      <Link href={workspacePathOf(letterId, entry.link)}>
                        {i18n.t("registry.open")}
                      </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {data?.nextCursor && (
            <button
              type="button"
              class="button button--secondary"
              disabled={page.loading}
              onClick={() => setCursor(data?.nextCursor ?? undefined)}
            >
              {i18n.t("registry.more")}
            </button>
          )}
        </>
      )}
    </>
  );
}
