/** One SST component as infra/ declared it: its kind, name and arguments. */
export interface Declared {
  readonly kind: string;
  readonly name: string;
  readonly args: Record<string, unknown>;
  readonly routes: Array<{ path: string; args: Record<string, unknown> }>;
  /** `subscribe` / `subscribeQueue` calls on it (a bus's rules, a queue's consumer). */
  readonly subscriptions?: Array<{ name?: string; target: unknown; args: Record<string, unknown> }>;
}

/**
 * Stand-ins for SST's globals (`sst`, `$app`, `$interpolate`) that record what infra/ declares
 * instead of creating anything, so the declarations can be checked without AWS or Pulumi.
 */
export function installSstRecorder(stage = "production"): Declared[] {
  const declared: Declared[] = [];
  const component = (kind: string) =>
    class {
      readonly name: string;
      readonly arn: string;
      readonly url: string;
      readonly value: string;
      readonly id: string;
      private readonly record: Declared;
      constructor(name: string, args: Record<string, unknown> = {}) {
        this.name = `${kind}:${name}:name`;
        this.arn = `${kind}:${name}:arn`;
        this.url = `${kind}:${name}:url`;
        this.value = `${kind}:${name}:value`;
        this.id = `${kind}:${name}:id`;
        this.record = { kind, name, args, routes: [] };
        declared.push(this.record);
      }
      route(path: string, args: Record<string, unknown>) {
        this.record.routes.push({ path, args });
      }
      /** SES's configuration set and the underlying resources some components expose. */
      get configSet() {
        return `${kind}:${name(this)}:configSet`;
      }
      get nodes() {
        const self = name(this);
        return {
          identity: { arn: `${kind}:${self}:identity:arn` },
          configurationSet: { arn: `${kind}:${self}:configurationSet:arn` },
          queue: { arn: `${kind}:${self}:arn` },
        };
      }
      subscribe(target: unknown, args: Record<string, unknown> = {}) {
        this.subscriptions.push({ target, args });
        return { target, args };
      }
      subscribeQueue(subscription: string, target: unknown, args: Record<string, unknown> = {}) {
        this.subscriptions.push({ name: subscription, target, args });
        return { name: subscription, target, args };
      }
      private get subscriptions() {
        (this.record as { subscriptions?: unknown[] }).subscriptions ??= [];
        return this.record.subscriptions as NonNullable<Declared["subscriptions"]>;
      }
    };
  const name = (instance: { name: string }) => instance.name.split(":")[1] as string;
  const globals = globalThis as Record<string, unknown>;
  globals.sst = {
    Secret: component("Secret"),
    aws: {
      Dynamo: component("Dynamo"),
      ApiGatewayV2: component("ApiGatewayV2"),
      Bus: component("Bus"),
      Queue: Object.assign(component("Queue"), {
        createPolicy: (policy: string, arn: string) =>
          declared.push({ kind: "QueuePolicy", name: policy, args: { arn }, routes: [] }),
      }),
      Email: component("Email"),
      SnsTopic: component("SnsTopic"),
      CronV2: component("CronV2"),
      Function: component("Function"),
      Router: component("Router"),
      StaticSite: component("StaticSite"),
    },
  };
  // Pulumi's AWS provider, as far as infra/ uses it directly.
  globals.aws = { cloudfront: { ResponseHeadersPolicy: component("ResponseHeadersPolicy") } };
  // A value that is known now: `apply` runs at once.
  globals.$output = (value: unknown) => ({
    apply: (f: (v: unknown) => unknown) => f(value),
  });
  globals.$app = { stage, name: "samverkan" };
  globals.$interpolate = (strings: TemplateStringsArray, ...values: unknown[]) =>
    strings.reduce(
      (text, part, i) => text + part + (i < values.length ? String(values[i]) : ""),
      "",
    );
  return declared;
}
