// metadata/preservation/PREMIS.xml (PREMIS 3.0): the representation and every file of the
// package with its SHA-256 fixity, size and format, the event that computed the digests and the
// software that did it.
import { create } from "xmlbuilder2";
import { NS, REPRESENTATION, type WrittenFile } from "./layout";

export interface PreservationInput {
  readonly objId: string;
  readonly createdAt: string;
  readonly software: { readonly name: string; readonly version: string };
  /** Every file the package holds but METS.xml and this file (which cannot list itself). */
  readonly files: readonly WrittenFile[];
}

const FORMAT_NAMES: Record<string, string> = {
  "application/pdf": "Portable Document Format",
  "application/xml": "Extensible Markup Language",
  "application/x-ndjson": "JSON Lines",
  "text/plain": "Plain text",
};

export function preservationMetadata(input: PreservationInput): string {
  const doc = create({ version: "1.0", encoding: "UTF-8" });
  const premis = doc
    .ele(NS.premis, "premis:premis")
    .att("xmlns:xsi", NS.xsi)
    .att(NS.xsi, "xsi:schemaLocation", `${NS.premis} ../../schemas/premis.xsd`)
    .att("version", "3.0");
  const identifier = (
    parent: ReturnType<typeof premis.ele>,
    element: string,
    type: string,
    value: string,
  ) => {
    const id = parent.ele(NS.premis, `premis:${element}`);
    id.ele(NS.premis, `premis:${element}Type`).txt(type);
    id.ele(NS.premis, `premis:${element}Value`).txt(value);
  };
  const representation = premis
    .ele(NS.premis, "premis:object")
    .att(NS.xsi, "xsi:type", "premis:representation");
  identifier(
    representation,
    "objectIdentifier",
    "local",
    `${input.objId}/representations/${REPRESENTATION}`,
  );
  for (const file of input.files) {
    const object = premis.ele(NS.premis, "premis:object").att(NS.xsi, "xsi:type", "premis:file");
    identifier(object, "objectIdentifier", "local", file.path);
    const characteristics = object.ele(NS.premis, "premis:objectCharacteristics");
    characteristics.ele(NS.premis, "premis:compositionLevel").txt("0");
    const fixity = characteristics.ele(NS.premis, "premis:fixity");
    fixity.ele(NS.premis, "premis:messageDigestAlgorithm").txt("SHA-256");
    fixity.ele(NS.premis, "premis:messageDigest").txt(file.sha256);
    fixity.ele(NS.premis, "premis:messageDigestOriginator").txt(input.software.name);
    characteristics.ele(NS.premis, "premis:size").txt(String(file.size));
    characteristics
      .ele(NS.premis, "premis:format")
      .ele(NS.premis, "premis:formatDesignation")
      .ele(NS.premis, "premis:formatName")
      .txt(FORMAT_NAMES[file.mimeType] ?? file.mimeType);
    object.ele(NS.premis, "premis:originalName").txt(file.path.slice(input.objId.length + 1));
    identifier(object, "linkingEventIdentifier", "local", "event-digests");
  }
  const event = premis.ele(NS.premis, "premis:event");
  identifier(event, "eventIdentifier", "local", "event-digests");
  event.ele(NS.premis, "premis:eventType").txt("message digest calculation");
  event.ele(NS.premis, "premis:eventDateTime").txt(input.createdAt);
  event
    .ele(NS.premis, "premis:eventDetailInformation")
    .ele(NS.premis, "premis:eventDetail")
    .txt("SHA-256 of each file, computed while the package was written");
  event
    .ele(NS.premis, "premis:eventOutcomeInformation")
    .ele(NS.premis, "premis:eventOutcome")
    .txt("success");
  const linkingAgent = event.ele(NS.premis, "premis:linkingAgentIdentifier");
  linkingAgent.ele(NS.premis, "premis:linkingAgentIdentifierType").txt("local");
  linkingAgent.ele(NS.premis, "premis:linkingAgentIdentifierValue").txt("agent-software");
  linkingAgent.ele(NS.premis, "premis:linkingAgentRole").txt("executing program");
  const agent = premis.ele(NS.premis, "premis:agent");
  identifier(agent, "agentIdentifier", "local", "agent-software");
  agent.ele(NS.premis, "premis:agentName").txt(input.software.name);
  agent.ele(NS.premis, "premis:agentType").txt("software");
  agent.ele(NS.premis, "premis:agentVersion").txt(input.software.version);
  return doc.end({ prettyPrint: true });
}
