import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { WorkspaceConfig } from "./workspace-config";

// Replaced by /config.json's settings before anything renders (main.tsx).
export const ConfigContext = createContext<WorkspaceConfig>({
  signIn: { kind: "oidc", authority: "", clientId: "" },
  apiBaseUrl: "",
});

/** The workspace's settings from /config.json. */
export const useConfig = () => useContext(ConfigContext);
