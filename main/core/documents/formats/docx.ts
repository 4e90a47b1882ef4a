// Word documents (.docx): mammoth turns the text into HTML (headings, paragraphs, lists, quotes,
// links, emphasis), which takes the HTML path; the text's header and the core properties (title,
// creator, language) become metadata (file-properties.ts weighs them).
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { AppFailure } from '@shared/bridge/result';
import { type FileProperties, withFileProperties } from '@shared/importers/file-properties';
import type { ParsedArticle } from '@shared/importers/parsed-article';
import { parseHtmlFragment } from './html';

const STYLE_MAP = [
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Block Text'] => blockquote > p:fresh",
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
];

type Xml = Record<string, unknown>;

function textValue(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim();
  if (value && typeof value === 'object' && '#text' in value) return String((value as Xml)['#text']).trim();
  return '';
}

/** Title, creator and language from docProps/core.xml (its dates are the file's, not the article's). */
async function coreProperties(zip: JSZip): Promise<FileProperties> {
  const xml = await zip.file('docProps/core.xml')?.async('string');
  if (!xml) return {};
  const parsed = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true }).parse(xml) as Xml;
  const core = (parsed.coreProperties ?? {}) as Xml;
  return { title: textValue(core.title), author: textValue(core.creator), language: textValue(core.language) };
}

export async function parseDocx(bytes: Uint8Array, fileName: string): Promise<ParsedArticle> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new AppFailure('file-corrupt', `${fileName} is not a valid Word document (it is not a readable .docx archive).`);
  }
  if (!zip.file('word/document.xml')) throw new AppFailure('file-corrupt', `${fileName} is not a valid Word document (it has no word/document.xml).`);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP, includeDefaultStyleMap: true })).value;
  } catch (error) {
    throw new AppFailure('file-corrupt', `${fileName} could not be read as a Word document (${(error as Error).message}).`);
  }
  return withFileProperties(parseHtmlFragment(html), await coreProperties(zip));
}
