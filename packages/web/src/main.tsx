import "./styles/base.css";
import "./styles/layout.css";
import "./styles/components.css";
import "./styles/forms.css";
import { render } from "preact";
import { configureApi } from "./api/api-client";
import { App } from "./app";
import { loadWorkspaceConfig } from "./config/workspace-config";
import { rememberedLanguage } from "./i18n/language";
import { loadCatalogue } from "./i18n/messages";

const root = document.getElementById("app") as HTMLElement;
try {
  const language = rememberedLanguage();
  document.documentElement.lang = language;
  const [config] = await Promise.all([loadWorkspaceConfig(), loadCatalogue(language)]);
  configureApi(config.apiBaseUrl);
  render(<App config={config} />, root);
} catch (error) {
  // Without settings nothing works: say so plainly, in both languages.
  root.textContent = `Samverkan kan inte starta (could not start): ${String(error)}`;
}
