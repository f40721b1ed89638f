import type { Agreement } from "@samverkan/client";
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Session } from "../auth/session";

/** The letter a page belongs to, loaded once by its layout, and the signed-in session. */
export interface AgreementView {
  readonly letterId: string;
  readonly agreement: Agreement;
  readonly session: Session;
  /** Reads the letter again after a change (a signature, a notice, the group). */
  reload(): void;
}

export const AgreementContext = createContext<AgreementView | undefined>(undefined);

/** The letter of the current page; only pages under /avtal/{id} use it. */
export function useAgreement(): AgreementView {
  const view = useContext(AgreementContext);
  if (!view) throw new Error("useAgreement outside an agreement's pages");
  return view;
}

/** `/avtal/{id}` and its sub-pages. */
export const agreementPath = (letterId: string, sub = "") =>
  `/avtal/${encodeURIComponent(letterId)}${sub ? `/${sub}` : ""}`;
