import type { FocusArea, LetterTemplate, Terms } from "@samverkan/domain";
import { draftedFrom, findTemplate } from "@samverkan/domain";
import { type Problem, problemOf } from "../http/problem";

/** What POST /v1/agreements may say about where the letter's terms come from. */
interface DraftInput {
  readonly title?: string | undefined;
  readonly templateId?: string | undefined;
  readonly templateVersion?: number | undefined;
  readonly terms?: Terms | undefined;
  readonly focusAreas?: FocusArea[] | undefined;
}

/** The terms, focus areas and title a draft takes, and the template it records (D-45). */
export interface DraftSource {
  readonly title: string;
  readonly terms: Terms;
  readonly focusAreas: FocusArea[];
  readonly template?: LetterTemplate;
}

const invalid = (path: string, message: string): { problem: Problem } => ({
  problem: problemOf(400, "invalid-input", message, { errors: [{ path, message }] }),
});

/**
 * D-45: a draft names a template (and a version, or its latest), or gives terms and focus areas
 * itself — one or the other, never both: a letter's terms have one source. An unknown template
 * or version is 422 `template-not-found`, naming the field.
 */
export function draftSource(
  body: DraftInput,
  templates: readonly LetterTemplate[],
): DraftSource | { problem: Problem } {
  if (body.templateId === undefined) {
    if (body.templateVersion !== undefined)
      return invalid("templateVersion", "templateVersion needs templateId");
    if (!body.terms || !body.focusAreas)
      return invalid(
        body.terms ? "focusAreas" : "terms",
        "Give templateId, or terms and focusAreas",
      );
    if (!body.title) return invalid("title", "A letter without a template needs a title");
    return { title: body.title, terms: body.terms, focusAreas: body.focusAreas };
  }
  if (body.terms || body.focusAreas)
    return invalid(
      body.terms ? "terms" : "focusAreas",
      "A letter drafted from a template takes its terms and focus areas from it",
    );
  const template = findTemplate(templates, body.templateId, body.templateVersion);
  if (!template) {
    // The field that is wrong: the id when no version of it exists, else the version.
    const known = findTemplate(templates, body.templateId) !== undefined;
    const field = known ? "templateVersion" : "templateId";
    const message = known
      ? `Template ${body.templateId} has no version ${body.templateVersion}`
      : `No template ${body.templateId}`;
    return {
      problem: problemOf(422, "template-not-found", message, {
        errors: [{ path: field, message }],
      }),
    };
  }
  const { terms, focusAreas } = draftedFrom(template);
  return { title: body.title ?? template.title.sv, terms, focusAreas, template };
}
