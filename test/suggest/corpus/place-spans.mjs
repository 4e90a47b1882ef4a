// Fills in the offsets of an annotation file written by hand with span texts only, and checks every
// span: `node test/suggest/corpus/place-spans.mjs test/fixtures/attribution-corpus/articles/n001.ann.json ...`
// Attributions are listed in text order; each content is found at or after the previous one's start,
// its source and cue at the occurrence nearest to that content. Spans that already have offsets are
// checked, not moved. Exits 1, naming the file and span, when a text is not found or does not match.
import { readFileSync, writeFileSync } from 'node:fs';
import { checkSpanOffsets } from './corpus-checks.mjs';

function occurrences(text, part) {
  const found = [];
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) found.push(at);
  return found;
}

function place(text, span, near, label) {
  if (span === null) return null;
  if (typeof span.text !== 'string' || span.text.length === 0) throw new Error(`${label}: no text`);
  if (Number.isInteger(span.start) && Number.isInteger(span.end)) {
    checkSpanOffsets(text, span, label);
    return span;
  }
  const candidates = occurrences(text, span.text).filter((at) => near.from === undefined || at >= near.from);
  if (candidates.length === 0) throw new Error(`${label}: ${JSON.stringify(span.text)} is not in the text${near.from !== undefined ? ` after offset ${near.from}` : ''}`);
  const best = near.around === undefined ? candidates[0] : candidates.reduce((a, b) => (Math.abs(b - near.around) < Math.abs(a - near.around) ? b : a));
  return { start: best, end: best + span.text.length, text: span.text };
}

let failed = false;
for (const file of process.argv.slice(2)) {
  try {
    const annotation = JSON.parse(readFileSync(file, 'utf8'));
    const text = readFileSync(file.replace(/\.ann\.json$/, '.txt'), 'utf8');
    let from = 0;
    annotation.attributions = annotation.attributions.map((attribution, index) => {
      const label = `${file} attribution ${index + 1}`;
      const content = place(text, attribution.content, { from }, `${label} content`);
      from = content.start;
      const around = content.start;
      return { ...attribution, content, source: place(text, attribution.source ?? null, { around }, `${label} source`), cue: place(text, attribution.cue ?? null, { around }, `${label} cue`) };
    });
    writeFileSync(file, `${JSON.stringify(annotation, null, 2)}\n`);
  } catch (error) {
    failed = true;
    console.error(error.message);
  }
}
process.exitCode = failed ? 1 : 0;
