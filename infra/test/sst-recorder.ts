/** One SST component as infra/ declared it: its kind, name and arguments. */
export interface Declared {
  readonly kind: string;
  readonly name: string;
  readonly args: Record<string, unknown>;
  readonly routes: Array<{ path: string; args: Record<string, unknown> }>;
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
      private readonly record: Declared;
      constructor(name: string, args: Record<string, unknown> = {}) {
        this.name = `${kind}:${name}:name`;
        this.arn = `${kind}:${name}:arn`;
        this.url = `${kind}:${name}:url`;
        this.value = `${kind}:${name}:value`;
        this.record = { kind, name, args, routes: [] };
        declared.push(this.record);
      }
      route(path: string, args: Record<string, unknown>) {
        this.record.routes.push({ path, args });
      }
    };
  const globals = globalThis as Record<string, unknown>;
  globals.sst = {
    Secret: component("Secret"),
    aws: {
      Dynamo: component("Dynamo"),
      ApiGatewayV2: component("ApiGatewayV2"),
      Bus: component("Bus"),
      Queue: component("Queue"),
      CronV2: component("CronV2"),
      Function: component("Function"),
    },
  };
  globals.$app = { stage, name: "samverkan" };
  globals.$interpolate = (strings: TemplateStringsArray, ...values: unknown[]) =>
    strings.reduce(
      (text, part, i) => text + part + (i < values.length ? String(values[i]) : ""),
      "",
    );
  return declared;
}
