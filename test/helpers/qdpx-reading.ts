// Reads a REFI-QDA export (.qdpx) back for tests: its zip entries, project.qde parsed (attributes
// as "@name"), and the stored texts, with helpers to find elements, attributes and codes.
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { expect } from 'vitest';

export type XmlNode = { [key: string]: string | XmlNode | XmlNode[] };

const REPEATED = new Set(['User', 'Code', 'TextSource', 'PlainTextSelection', 'Coding']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  htmlEntities: true,
  ignoreDeclaration: true,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && REPEATED.has(name),
});

export function attr(node: XmlNode, name: string): string {
  const value = node[`@${name}`];
  if (typeof value !== 'string') throw new Error(`no ${name} attribute`);
  return value;
}

export const childText = (node: XmlNode, name: string) => (typeof node[name] === 'string' ? node[name] : undefined);

/** Every element called `name` below `node`, in document order. */
export function* descendants(node: XmlNode, name: string): Generator<XmlNode> {
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === 'string') continue;
    for (const child of Array.isArray(value) ? value : [value]) {
      if (key === name) yield child;
      yield* descendants(child, name);
    }
  }
}

/** Every attribute of every element below `node`, as [name, value]. */
export function* attributes(node: XmlNode): Generator<[string, string]> {
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === 'string') {
      if (key.startsWith('@')) yield [key.slice(1), value];
      continue;
    }
    for (const child of Array.isArray(value) ? value : [value]) yield* attributes(child);
  }
}

export interface Unpacked {
  entries: string[];
  qde: string;
  project: XmlNode;
  /** each stored text by its internal:// path */
  texts: Map<string, string>;
}

export async function unpack(bytes: Uint8Array): Promise<Unpacked> {
  const zip = await JSZip.loadAsync(bytes);
  const entries = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name);
  const qde = await zip.file('project.qde')!.async('string');
  const texts = new Map<string, string>();
  for (const name of entries.filter((n) => n.startsWith('sources/'))) {
    const raw = await zip.file(name)!.async('uint8array');
    expect(raw.slice(0, 3)).not.toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    texts.set(`internal://${name.slice('sources/'.length)}`, new TextDecoder('utf-8', { fatal: true }).decode(raw));
  }
  return { entries, qde, project: (parser.parse(qde) as { Project: XmlNode }).Project, texts };
}

export const codesByGuid = (project: XmlNode) => new Map([...descendants(project, 'Code')].map((code) => [attr(code, 'guid'), code]));

export function selectionById(project: XmlNode, id: string): XmlNode {
  const found = [...descendants(project, 'PlainTextSelection')].find((s) => attr(s, 'guid') === id);
  if (!found) throw new Error(`no selection ${id}`);
  return found;
}

export function codeNamesOf(selection: XmlNode, project: XmlNode): string[] {
  const codes = codesByGuid(project);
  return [...descendants(selection, 'CodeRef')].map((ref) => attr(codes.get(attr(ref, 'targetGUID'))!, 'name')).sort();
}
