// Decides how to read a file, from its content first and its name second: a PDF or Word file is
// recognised by its bytes whatever its name; text files by their extension.
import { AppFailure } from '@shared/bridge/result';

export type FileKind = 'text' | 'markdown' | 'html' | 'docx' | 'pdf';

const TEXT = new Set(['', 'txt', 'text', 'asc']);
const MARKDOWN = new Set(['md', 'markdown', 'mdown', 'mkd']);
const HTML = new Set(['html', 'htm', 'xhtml', 'shtml']);
const REFUSED: Record<string, string> = {
  doc: 'Word 97-2003 (.doc) files cannot be imported: save the file as .docx in Word or LibreOffice, then import that.',
  rtf: 'RTF files cannot be imported: save the file as .docx or plain text, then import that.',
  odt: 'OpenDocument (.odt) files cannot be imported: save the file as .docx, then import that.',
  pages: 'Pages files cannot be imported: export the file as .docx or PDF, then import that.',
  mhtml: 'MHTML archives cannot be imported: save the page as "Web page, HTML only", then import that.',
  mht: 'MHTML archives cannot be imported: save the page as "Web page, HTML only", then import that.',
};

export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

export function detectFormat(fileName: string, bytes: Uint8Array): FileKind {
  const extension = extensionOf(fileName);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // an EPUB's first entry is its "mimetype" file, stored, so the type shows at byte 38
    if (extension === 'epub' || new TextDecoder().decode(bytes.subarray(30, 58)) === 'mimetypeapplication/epub+zip') {
      throw new AppFailure('unsupported-file', `${fileName} is an EPUB book; Corroborate imports articles (web pages, PDF, Word, Markdown, text). Save the chapter you need as a web page or text from your reader, and import that.`);
    }
    if (extension === 'docx' || extension === 'docm' || extension === '') return 'docx';
    if (extension === 'qdpx') throw new AppFailure('unsupported-file', `${fileName} is a REFI-QDA project: Corroborate writes these for NVivo, ATLAS.ti and MAXQDA but does not read them. To move a library between machines, export and import a library archive (.zip).`);
    throw new AppFailure('unsupported-file', `${fileName} is a zip archive; the zip archives that can be imported are Word documents (.docx) and Corroborate library archives (.zip).`);
  }
  if (extension === 'pdf') throw new AppFailure('file-corrupt', `${fileName} is not a readable PDF (it does not start with %PDF).`);
  if (extension === 'docx') throw new AppFailure('file-corrupt', `${fileName} is not a valid Word document (it is not a .docx archive).`);
  const refused = REFUSED[extension];
  if (refused) throw new AppFailure('unsupported-file', `${fileName}: ${refused}`);
  if (HTML.has(extension)) return 'html';
  if (MARKDOWN.has(extension)) return 'markdown';
  if (TEXT.has(extension)) {
    const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
    return head.startsWith('<!doctype html') || head.startsWith('<html') ? 'html' : 'text';
  }
  throw new AppFailure('unsupported-file', `${fileName}: .${extension} files cannot be imported. Corroborate reads plain text, Markdown, web pages (.html), Word (.docx) and PDF.`);
}
