import { builtInTemplates, type LetterTemplate } from "@samverkan/domain";
import type { AppDeps } from "../http/app-deps";

/** The templates this app drafts from: the domain's built-in ones unless the deps give others. */
export const templatesOf = (deps: AppDeps): readonly LetterTemplate[] =>
  deps.templates ?? builtInTemplates();
