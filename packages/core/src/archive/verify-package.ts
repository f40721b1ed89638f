// Checks an unpacked archive package against what its own metadata says: every file METS,
// PREMIS and ERMS refer to is there with the size and SHA-256 they state, every file of the
// package is referred to, and the root METS.xml's OBJID is the package's folder name. Used by the
// tests and by `pnpm archive`, which checks what it wrote.
import { createHash } from "node:crypto";
import { convert } from "xmlbuilder2";

type XmlNode = { [key: string]: unknown };

/** Every element named `localName` (any prefix) under `node`, in document order. */
function elements(node: unknown, localName: string, found: XmlNode[] = []): XmlNode[] {
  if (Array.isArray(node)) {
    for (const item of node) elements(item, localName, found);
    return found;
  }
  if (node === null || typeof node !== "object") return found;
  for (const [key, value] of Object.entries(node as XmlNode)) {
    if (key.startsWith("@") || key === "#") continue;
    const name = key.includes(":") ? key.slice(key.indexOf(":") + 1) : key;
    if (name === localName)
      for (const item of Array.isArray(value) ? value : [value])
        if (item && typeof item === "object") found.push(item as XmlNode);
        else found.push({ "#": item });
    elements(value, localName, found);
  }
  return found;
}

const text = (node: XmlNode | undefined): string => {
  if (!node) return "";
  const value = node["#"] ?? "";
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
};
const attribute = (node: XmlNode, name: string) => node[`@${name}`] as string | undefined;
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const parse = (bytes: Uint8Array) => convert(new TextDecoder().decode(bytes), { format: "object" });

/** What is wrong with the package whose entries (path → bytes) are given; empty when nothing. */
export function verifyArchivePackage(entries: ReadonlyMap<string, Uint8Array>): string[] {
  const problems: string[] = [];
  const paths = [...entries.keys()].filter((path) => !path.endsWith("/"));
  const roots = new Set(paths.map((path) => path.split("/")[0]));
  if (roots.size !== 1) return [`the package has ${roots.size} root folders, not one`];
  const root = [...roots][0] as string;
  const referred = new Set<string>([`${root}/METS.xml`]);
  const check = (
    path: string,
    size: string | undefined,
    digest: string | undefined,
    by: string,
  ) => {
    const bytes = entries.get(path);
    referred.add(path);
    if (!bytes) return void problems.push(`${by} refers to ${path}, which is not in the package`);
    if (size !== undefined && Number(size) !== bytes.byteLength)
      problems.push(`${by}: ${path} is ${bytes.byteLength} bytes, not ${size}`);
    if (digest !== undefined && digest.toLowerCase() !== sha256(bytes))
      problems.push(`${by}: the SHA-256 of ${path} is not ${digest}`);
  };
  const metsFiles = (path: string, base: string) => {
    const bytes = entries.get(path);
    if (!bytes) return void problems.push(`${path} is missing`);
    const doc = parse(bytes);
    for (const ref of elements(doc, "mdRef"))
      check(
        `${base}${attribute(ref, "xlink:href")}`,
        attribute(ref, "SIZE"),
        attribute(ref, "CHECKSUM"),
        path,
      );
    for (const file of elements(doc, "file")) {
      if (attribute(file, "CHECKSUMTYPE") !== "SHA-256")
        problems.push(`${path}: file ${attribute(file, "ID")} has no SHA-256`);
      for (const locat of elements(file, "FLocat"))
        check(
          `${base}${attribute(locat, "xlink:href")}`,
          attribute(file, "SIZE"),
          attribute(file, "CHECKSUM"),
          path,
        );
    }
    return doc;
  };
  const rootDoc = metsFiles(`${root}/METS.xml`, `${root}/`);
  const objId = rootDoc ? attribute(elements(rootDoc, "mets")[0] ?? {}, "OBJID") : undefined;
  if (objId !== root)
    problems.push(`the root METS.xml's OBJID is ${objId}, not the folder's name ${root}`);
  for (const pointer of rootDoc ? elements(rootDoc, "mptr") : []) {
    const href = attribute(pointer, "xlink:href") ?? "";
    const base = `${root}/${href.slice(0, href.lastIndexOf("/") + 1)}`;
    metsFiles(`${root}/${href}`, base);
  }
  const premisPath = `${root}/metadata/preservation/PREMIS.xml`;
  const premis = entries.get(premisPath);
  if (premis)
    for (const object of elements(parse(premis), "object")) {
      if (attribute(object, "xsi:type") !== "premis:file") continue;
      const path = text(elements(object, "objectIdentifierValue")[0]);
      const fixity = elements(object, "fixity")[0];
      if (!fixity || text(elements(fixity, "messageDigestAlgorithm")[0]) !== "SHA-256")
        problems.push(`PREMIS.xml: ${path} has no SHA-256 fixity`);
      check(
        path,
        text(elements(object, "size")[0]),
        text(elements(fixity ?? {}, "messageDigest")[0]),
        "PREMIS.xml",
      );
    }
  const ermsPath = `${root}/metadata/descriptive/ERMS.xml`;
  const erms = entries.get(ermsPath);
  if (erms)
    for (const appendix of elements(parse(erms), "appendix"))
      check(`${root}/${attribute(appendix, "path")}`, undefined, undefined, "ERMS.xml");
  for (const path of paths)
    if (!referred.has(path)) problems.push(`${path} is in the package but nothing refers to it`);
  return problems;
}
