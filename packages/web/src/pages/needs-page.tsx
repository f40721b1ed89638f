import type { Need } from "@samverkan/client";
import { useState } from "preact/hooks";
import { agreementPath, useAgreement } from "../agreement/agreement-context";
import { useFocusAreaOptions } from "../agreement/focus-area-names";
import { needSource, organisationNames } from "../agreement/organisation-names";
import { useRelation } from "../agreement/use-relation";
import { api } from "../api/api-client";
import { useResource } from "../api/use-resource";
import { ErrorSummary } from "../components/error-summary";
import { Loading } from "../components/loading";
import { NeedCard } from "../components/need-card";
import { NeedsPicture } from "../components/needs-picture";
import { NotAllowed } from "../components/not-allowed";
import { PageHeading } from "../components/page-heading";
import { RuleSources } from "../components/rule-sources";
import { SuccessBanner } from "../components/success-banner";
import { SelectField } from "../forms/select-field";
import { useI18n } from "../i18n/i18n";
import { mayRegisterNeed } from "../permissions/permissions";
import { Link } from "../router/link";
import { useLocation } from "../router/location";

/** The needs register: filterable, with the picture of needs per municipality × focus area. */
export default function NeedsPage() {
  const i18n = useI18n();
  const areaOptions = useFocusAreaOptions();
  const { agreement, letterId, session } = useAgreement();
  const { query } = useLocation();
  const relation = useRelation();
  const needs = useResource(
    () =>
      api().GET("/v1/agreements/{id}/needs", {
        params: { path: { id: letterId }, query: { limit: 200 } },
      }),
    [letterId],
  );
  const [area, setArea] = useState("");
  const [source, setSource] = useState("");
  const names = organisationNames(agreement);
  const sourceOf = (need: Need) => needSource(need, names, i18n);
  const items = [...(needs.data?.items ?? [])].sort((a, b) => b.raisedOn.localeCompare(a.raisedOn));
  const shown = items.filter(
    (need) => (!area || need.focusAreas.includes(area)) && (!source || sourceOf(need) === source),
  );
  const permission = mayRegisterNeed(session.person, agreement, relation, i18n.t("list.or"));
  const all = { value: "", label: i18n.t("needs.filter.all") };
  const sources = [...new Set([...names.values(), ...items.map(sourceOf)])];
  return (
    <>
      {query.get("klart") && <SuccessBanner title={i18n.t("needs.registered")} />}
      <PageHeading>{i18n.t("needs.title")}</PageHeading>
      <p class="lead">{i18n.t("needs.intro")}</p>
      <RuleSources rules={["R5", "R6"]} letterId={letterId} />
      {permission.allowed ? (
        <Link class="button" href={agreementPath(letterId, "behov/nytt")}>
          {i18n.t("needs.register")}
        </Link>
      ) : (
        <NotAllowed permission={permission} />
      )}
      <ErrorSummary problem={needs.problem} letterId={letterId} />
      {!needs.data ? (
        <Loading />
      ) : (
        <>
          <h2>{i18n.t("needs.pictureHeading")}</h2>
          <NeedsPicture
            needs={items}
            focusAreas={agreement.focusAreas}
            sourceOf={sourceOf}
            knownSources={[...names.values()]}
          />
          <h2>{i18n.t("needs.listHeading")}</h2>
          <div class="filters">
            <SelectField
              name="filterArea"
              label={i18n.t("needs.filter.area")}
              value={area}
              onChange={setArea}
              options={[all, ...areaOptions]}
            />
            <SelectField
              name="filterSource"
              label={i18n.t("needs.filter.source")}
              value={source}
              onChange={setSource}
              options={[all, ...sources.map((s) => ({ value: s, label: s }))]}
            />
          </div>
          <p role="status">{i18n.t("needs.shown", { shown: shown.length, total: items.length })}</p>
          <ul class="cards">
            {shown.map((need) => (
              <NeedCard key={need.id} need={need} source={sourceOf(need)} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
