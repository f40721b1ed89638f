// The templates that ship with the domain (D-45). JSON, imported so the domain stays pure (no file
// reads); each is read through `checkTemplate` like any template from elsewhere, on first use.
import ltuNok from "../../templates/ltu-nok.json";
import ltuRegionNorrbotten from "../../templates/ltu-region-norrbotten.json";
import type { LetterTemplate, TemplateRef } from "./letter-template";
import { checkTemplate } from "./template-checks";

/** The template of the LTU–NoK letter, the first letter (R1–R24 are written from it). */
export const LTU_NOK_TEMPLATE_ID = "ltu-nok";
/** A clearly marked example: "LTU – Region Norrbotten", six months' notice, one dialog a year. */
export const EXAMPLE_TEMPLATE_ID = "ltu-region-norrbotten";

/** The raw files, unread: `builtInTemplates()` checks them. */
export const BUILT_IN_TEMPLATE_FILES: readonly unknown[] = [ltuNok, ltuRegionNorrbotten];

let checked: readonly LetterTemplate[] | undefined;

/** Every built-in template version, checked; a broken file is a programming error. */
export function builtInTemplates(): readonly LetterTemplate[] {
  checked ??= BUILT_IN_TEMPLATE_FILES.map((file) => {
    const result = checkTemplate(file);
    if (!result.ok)
      throw new Error(
        `A built-in template does not validate: ${result.errors.map((e) => `${e.field}: ${e.message}`).join("; ")}`,
      );
    return result.template;
  });
  return checked;
}

/** A catalogue of templates: each id's versions. The latest version is the one offered. */

/** A template's given version, or its latest when no version is asked for. */
export function findTemplate(
  templates: readonly LetterTemplate[],
  id: string,
  version?: number,
): LetterTemplate | undefined {
  const versions = templates.filter((t) => t.id === id);
  if (version !== undefined) return versions.find((t) => t.version === version);
  return versions.reduce<LetterTemplate | undefined>(
    (latest, t) => (!latest || t.version > latest.version ? t : latest),
    undefined,
  );
}

/** The latest version of each template, in catalogue order. */
export function latestTemplates(templates: readonly LetterTemplate[]): LetterTemplate[] {
  const ids = [...new Set(templates.map((t) => t.id))];
  return ids.flatMap((id) => findTemplate(templates, id) ?? []);
}

/** The reference a letter keeps to what it was drafted from. */
export const refOf = (template: LetterTemplate): TemplateRef => ({
  id: template.id,
  version: template.version,
});

/** The built-in template a letter was drafted from, if it is one. */
export const builtInTemplate = (id: string, version?: number) =>
  findTemplate(builtInTemplates(), id, version);
