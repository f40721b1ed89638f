import { EMAIL_ADDRESS, MAX_CONTACTS_PER_ORGANISATION } from "@samverkan/domain/vocabulary";
import { useEffect, useState } from "preact/hooks";
import { useAgreement } from "../agreement/agreement-context";
import { organisationNames } from "../agreement/organisation-names";
import { api } from "../api/api-client";
import { useResource } from "../api/use-resource";
import { CONTACT_ROLES, ContactFields, type ContactInput } from "../components/contact-fields";
import { ErrorSummary } from "../components/error-summary";
import { Loading } from "../components/loading";
import { PageHeading } from "../components/page-heading";
import { RuleSources } from "../components/rule-sources";
import { CommandForm } from "../forms/command-form";
import { fieldId } from "../forms/field-frame";
import type { FormErrors } from "../forms/form-errors";
import { useCommandForm } from "../forms/use-command-form";
import { type I18n, type MessageKey, useI18n } from "../i18n/i18n";
import { mayKeepContacts } from "../permissions/permissions";

// The domain's limit (R23) and the API's own address check (zod's z.email()) come from the
// domain's vocabulary, not copies: the form refuses what the API would.

interface StoredContact {
  readonly name: string;
  readonly roles: readonly string[];
  readonly email?: string;
  readonly language?: string;
}

let nextKey = 0;
const inputOf = (contact: StoredContact): ContactInput => ({
  key: nextKey++,
  name: contact.name,
  email: contact.email ?? "",
  roles: CONTACT_ROLES.filter((role) => contact.roles.includes(role)),
  language: contact.language === "en" ? "en" : "sv",
});
const blankContact = (): ContactInput => ({
  key: nextKey++,
  name: "",
  email: "",
  roles: [],
  language: "sv",
});

/** "samordnare och ledamot i samverkansgruppen": a contact's roles in words. */
function contactRolesText(roles: readonly string[], i18n: I18n): string {
  const words = CONTACT_ROLES.filter((role) => roles.includes(role)).map((role) =>
    i18n.t(`contacts.role.${role}`),
  );
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${i18n.t("list.and")} ${words.at(-1)}`;
}

/** The form's own errors, each on its field, found before anything is sent. */
function errorsOf(contacts: readonly ContactInput[], i18n: I18n): FormErrors {
  const errors: Record<string, string> = {};
  const firstWith = new Map<string, number>();
  contacts.forEach((contact, index) => {
    const number = index + 1;
    const email = contact.email.trim().toLowerCase();
    if (!contact.name.trim())
      errors[`contacts.${index}.name`] = i18n.t("contacts.errors.name", { number });
    if (!EMAIL_ADDRESS.test(email))
      errors[`contacts.${index}.email`] = i18n.t("contacts.errors.email", { number });
    else if (firstWith.has(email))
      errors[`contacts.${index}.email`] = i18n.t("contacts.errors.duplicate", {
        number,
        first: firstWith.get(email) ?? 0,
      });
    else firstWith.set(email, number);
    if (contact.roles.length === 0)
      errors[`contacts.${index}.roles`] = i18n.t("contacts.errors.roles", { number });
  });
  return errors;
}

/** Who the daily run's reminders reach: each organisation's contact people (R23). */
export default function ContactsPage() {
  const i18n = useI18n();
  const { agreement, letterId, session } = useAgreement();
  const own = session.person.orgNumber;
  const list = useResource(
    () =>
      api()
        .GET("/v1/agreements/{id}/contacts", { params: { path: { id: letterId } } })
        .then((result) => ({
          ...result,
          data: result.data && {
            items: result.data.items,
            etag: result.response.headers.get("etag") ?? '"0"',
          },
        })),
    [letterId],
  );
  // The form edits the list of the version it was read at, and sends that version as If-Match.
  const [draft, setDraft] = useState<{ etag: string; contacts: ContactInput[] } | undefined>();
  // Where the keyboard focus goes once the form has redrawn: a new name field, or on from a removal.
  const [focusNext, setFocusNext] = useState<string | undefined>();
  const names = organisationNames(agreement);
  const nameOf = (orgNumber: string) =>
    names.get(orgNumber) ?? i18n.t("org.number", { number: orgNumber });
  const ownName = nameOf(own);
  const permission = mayKeepContacts(session.person, ownName);
  const items = list.data?.items ?? [];
  const ownContacts = items.find((item) => item.orgNumber === own)?.contacts ?? [];
  const ownMailDomains = items.find((item) => item.orgNumber === own)?.mailDomains;

  useEffect(() => {
    if (list.data && list.data.etag !== draft?.etag)
      setDraft({ etag: list.data.etag, contacts: ownContacts.map(inputOf) });
  }, [list.data, draft]);
  useEffect(() => {
    if (!focusNext) return;
    setFocusNext(undefined);
    document.getElementById(focusNext)?.focus();
  }, [focusNext, draft]);

  const setContacts = (contacts: ContactInput[]) =>
    setDraft((before) => before && { ...before, contacts });
  // The new version the API answers with, read from the reply's header before its body is used.
  let storedEtag: string | undefined;
  const form = useCommandForm({
    check: () => (draft ? errorsOf(draft.contacts, i18n) : {}),
    send: () =>
      api()
        .PUT("/v1/agreements/{id}/contacts", {
          params: { path: { id: letterId } },
          headers: { "If-Match": draft?.etag ?? "" },
          body: {
            orgNumber: own,
            // The declared mail domains (D-39) stay as they are: this form edits the people.
            ...(ownMailDomains ? { mailDomains: [...ownMailDomains] } : {}),
            contacts: (draft?.contacts ?? []).map((c) => ({
              name: c.name.trim(),
              email: c.email.trim(),
              roles: [...c.roles],
              language: c.language,
            })),
          },
        })
        .then((result) => {
          storedEtag = result.response.headers.get("etag") ?? undefined;
          return result;
        }),
    accepted: (stored) => {
      // The stored list at its new version: a second save at once sends the right If-Match.
      if (storedEtag) setDraft({ etag: storedEtag, contacts: stored.contacts.map(inputOf) });
      list.reload();
      return {
        title: i18n.t("contacts.saved"),
        detail: i18n.t("contacts.savedCount", { count: stored.contacts.length }),
      };
    },
  });
  const reloadList = () => {
    form.reset();
    setDraft(undefined);
    list.reload();
  };
  const ordered = [
    ...items.filter((item) => item.orgNumber === own),
    ...items.filter((item) => item.orgNumber !== own),
  ];
  const atLimit = (draft?.contacts.length ?? 0) >= MAX_CONTACTS_PER_ORGANISATION;
  const changedMeanwhile = form.problem?.status === 412;

  return (
    <>
      <PageHeading>{i18n.t("contacts.title")}</PageHeading>
      <p class="lead">{i18n.t("contacts.intro")}</p>
      <RuleSources rules={["R23"]} letterId={letterId} />
      <p>{i18n.t("contacts.privacy")}</p>
      <ErrorSummary problem={list.problem} letterId={letterId} />
      <h2>{i18n.t("contacts.perOrganisation")}</h2>
      {!list.data && !list.problem && <Loading />}
      {ordered.map((item) => (
        <section key={item.orgNumber} aria-labelledby={`contacts-of-${item.orgNumber}`}>
          <h3 id={`contacts-of-${item.orgNumber}`}>
            {item.orgNumber === own
              ? i18n.t("contacts.ownOrganisation", { org: nameOf(item.orgNumber) })
              : nameOf(item.orgNumber)}
          </h3>
          {(item.mailDomains ?? []).length > 0 && (
            <p class="secondary">
              {i18n.t("contacts.mailDomains", {
                org: nameOf(item.orgNumber),
                domains: (item.mailDomains ?? []).join(", "),
              })}
            </p>
          )}
          {item.contacts.length === 0 ? (
            <p>{i18n.t("contacts.none")}</p>
          ) : (
            <dl class="summary-list" data-testid={`contacts-${item.orgNumber}`}>
              {item.contacts.map((contact) => (
                <div class="summary-list__row" key={`${contact.name}|${contact.email ?? ""}`}>
                  <dt class="summary-list__key">{contact.name}</dt>
                  <dd class="summary-list__value">
                    {contactRolesText(contact.roles, i18n)}
                    {contact.email && (
                      <span class="secondary contact__detail">
                        <a href={`mailto:${contact.email}`}>{contact.email}</a>
                      </span>
                    )}
                    {contact.language && (
                      <span class="secondary contact__detail">
                        {i18n.t("contacts.readsIn", {
                          language: i18n.t(
                            `contacts.readsIn.${contact.language === "en" ? "en" : "sv"}` as MessageKey,
                          ),
                        })}
                      </span>
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </section>
      ))}
      <h2>{i18n.t("contacts.edit", { org: ownName })}</h2>
      <CommandForm
        form={form}
        letterId={letterId}
        permission={permission}
        instead={draft ? undefined : list.problem ? null : <Loading />}
        submit={i18n.t("contacts.save")}
        beside={
          <button
            type="button"
            class="button button--secondary"
            id="contacts-add"
            disabled={atLimit}
            aria-describedby="contacts-limit"
            onClick={() => {
              if (!draft) return;
              setContacts([...draft.contacts, blankContact()]);
              setFocusNext(fieldId(`contacts.${draft.contacts.length}.name`));
            }}
          >
            {i18n.t("contacts.add")}
          </button>
        }
      >
        {changedMeanwhile && (
          <div class="inset">
            <p>{i18n.t("contacts.changedMeanwhile")}</p>
            <button type="button" class="button button--secondary" onClick={reloadList}>
              {i18n.t("contacts.reload")}
            </button>
          </div>
        )}
        <p>{i18n.t("contacts.editIntro")}</p>
        {draft && (
          <ContactFields
            contacts={draft.contacts}
            onChange={setContacts}
            onRemoved={(index) => {
              // The errors are by position: they are found again on the next save.
              form.reset();
              // The next person's name, else the previous one's, else the add button.
              setFocusNext(
                index < draft.contacts.length - 1
                  ? fieldId(`contacts.${index}.name`)
                  : index > 0
                    ? fieldId(`contacts.${index - 1}.name`)
                    : "contacts-add",
              );
            }}
            errors={form.errors}
          />
        )}
        {draft?.contacts.length === 0 && <p>{i18n.t("contacts.empty")}</p>}
        <p class="hint" id="contacts-limit">
          {atLimit
            ? i18n.t("contacts.limitReached", { max: MAX_CONTACTS_PER_ORGANISATION })
            : i18n.t("contacts.limit", { max: MAX_CONTACTS_PER_ORGANISATION })}
        </p>
      </CommandForm>
    </>
  );
}
