// `corroborate suggest FILE... [--json]`: runs the claim suggester on files, without a library.
// Plain text and Markdown are read as decoded text; web pages, Word and PDF as the text projection of
// the parsed document (what the app shows), so offsets point into that text.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppFailure } from '@shared/bridge/result';
import { detectAttributions } from '@shared/suggest/detect-attributions';
import type { AttributionSuggestion } from '@shared/suggest/suggestion';
import { projectText } from '@shared/text/projection';
import { decodeText } from '../core/documents/decode-text';
import { detectFormat } from '../core/documents/detect-format';
import { parseFile } from '../core/documents/parse-file';
import type { Io } from './console-io';

/** The text the suggester reads for a file: decoded text for .txt and .md, else the parsed document's projection. */
export async function suggestionText(path: string): Promise<string> {
  const bytes = new Uint8Array(await readFile(path));
  const name = basename(path);
  const kind = detectFormat(name, bytes);
  if (kind === 'text' || kind === 'markdown') return decodeText(bytes, name).text;
  return projectText((await parseFile(name, bytes)).content);
}

/** One suggestion as the JSON line the command prints. */
export function suggestionLine(file: string, s: AttributionSuggestion): Record<string, unknown> {
  return {
    file,
    start: s.content.start,
    end: s.content.end,
    quote: s.content.text,
    source: s.sourceName ?? s.source?.text ?? null,
    source_start: s.source?.start ?? null,
    source_end: s.source?.end ?? null,
    cue: s.cue?.text ?? null,
    cue_start: s.cue?.start ?? null,
    cue_end: s.cue?.end ?? null,
    attribution: s.attribution,
    confidence: s.confidence,
  };
}

function readable(file: string, s: AttributionSuggestion): string {
  const quote = s.content.text.length > 100 ? `${s.content.text.slice(0, 97)}...` : s.content.text;
  const who = s.sourceName ?? s.source?.text ?? '(no source)';
  return `${file}:${s.content.start}-${s.content.end}  ${s.attribution}  ${s.confidence.toFixed(2)}  ${who}${s.cue === null ? '' : ` (${s.cue.text})`}: ${quote.replace(/\n/g, ' ')}`;
}

/** Suggests claims in each file; a file that cannot be read or suggested on is reported on standard error. Exit code 1 when any failed. */
export async function suggestFiles(files: readonly string[], json: boolean, io: Io): Promise<number> {
  let failures = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await suggestionText(file);
    } catch (error) {
      failures += 1;
      const reason = error instanceof AppFailure ? error.message : (error as NodeJS.ErrnoException).code === 'ENOENT' ? `${file} does not exist.` : (error as Error).message;
      io.err(`corroborate suggest: ${file}: ${reason}`);
      continue;
    }
    let suggestions: AttributionSuggestion[];
    try {
      suggestions = detectAttributions(text);
    } catch (error) {
      failures += 1;
      io.err(`corroborate suggest: ${file}: ${(error as Error).message}`);
      continue;
    }
    if (!json && suggestions.length === 0) io.out(`${file}: no suggestions`);
    for (const s of suggestions) io.out(json ? JSON.stringify(suggestionLine(file, s)) : readable(file, s));
  }
  return failures > 0 ? 1 : 0;
}
