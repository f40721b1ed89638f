/// <reference path="./.sst/platform/config.d.ts" />

// SST only wires things up here; each concern is a file in infra/ (storage, api, scheduler, mail, web).
export default $config({
  app(input) {
    const production = input?.stage === "production";
    return {
      name: "samverkan",
      home: "aws",
      // Binding agreements live in the table: production keeps it even if the app is removed.
      removal: production ? "retain" : "remove",
      protect: production,
      providers: { aws: { region: "eu-north-1" } },
    };
  },
  async run() {
    const { table } = await import("./infra/storage");
    const { api } = await import("./infra/api");
    const { bus } = await import("./infra/scheduler");
    const { mail } = await import("./infra/mail");
    const { router } = await import("./infra/web");
    return {
      web: router.url,
      api: api.url,
      table: table.name,
      bus: bus.name,
      mailConfigurationSet: mail.configSet,
    };
  },
});
