// Word documents (.docx): mammoth turns the text into HTML (headings, paragraphs, lists, quotes,
// links, emphasis), which takes the HTML path; the core properties (title, creator, dates,
// language) become metadata.
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { AppFailure } from '@shared/bridge/result';
import { dateOfTimestamp } from '@shared/importers/dates';
import type { FoundMeta, ParsedArticle } from '@shared/importers/parsed-article';
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

/** Title, creator, dates and language from docProps/core.xml. */
async function coreProperties(zip: JSZip): Promise<FoundMeta> {
  const xml = await zip.file('docProps/core.xml')?.async('string');
  if (!xml) return {};
  const parsed = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true }).parse(xml) as Xml;
  const core = (parsed.coreProperties ?? {}) as Xml;
  const meta: FoundMeta = {};
  const title = textValue(core.title);
  const creator = textValue(core.creator);
  const published = dateOfTimestamp(textValue(core.created) || textValue(core.modified));
  const language = textValue(core.language);
  if (title) meta.title = title;
  if (creator) meta.byline = creator;
  if (published) meta.published = published;
  if (language) meta.language = language;
  return meta;
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
  return parseHtmlFragment(html, await coreProperties(zip));
}
