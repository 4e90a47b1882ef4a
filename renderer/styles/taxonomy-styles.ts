// Turns the taxonomy's colours into CSS rules (highlights, dots, legend) in a constructed style
// sheet: adoptedStyleSheets are not inline styles, so the strict CSP needs no 'unsafe-inline'.
// Swatches (dots, mix bars) take each colour as it stands 3:1 on the theme's panes (contrast.ts);
// highlights mix their own ink for each theme (app.css).
import type { Taxonomy } from '@shared/domain/taxonomy';
import { themedColor } from './contrast';

let sheet: CSSStyleSheet | null = null;

export type ColorBy = 'status' | 'attribution' | 'sourceKind';

/**
 * Statuses drawn with a pattern as well as their colour (a hatched highlight with a dashed
 * underline, a hollow dot): "unverifiable" is a grey like "unverified" in DESIGN.md's palette, and
 * the user's own colours may make any two alike, so this one is told apart by its shape.
 */
const PATTERNED_STATUSES: ReadonlySet<string> = new Set(['unverifiable']);

export function taxonomyCss(taxonomy: Taxonomy, colorBy: ColorBy): string {
  const rules: string[] = [];
  for (const status of taxonomy.statuses) {
    const patterned = PATTERNED_STATUSES.has(status.id);
    rules.push(`[data-status-color="${status.id}"] { --swatch: ${themedColor(status.color)};${patterned ? ' --swatch-fill: transparent;' : ''} }`);
    if (colorBy === 'status') rules.push(`.claim-hl[data-status="${status.id}"] { --hl: ${status.color};${patterned ? ' --hl-pattern: var(--hl-hatching); --hl-line: dashed;' : ''} }`);
  }
  for (const type of taxonomy.attributionTypes) {
    rules.push(`[data-attribution-color="${type.id}"] { --swatch: ${themedColor(type.color)}; }`);
    if (colorBy === 'attribution') rules.push(`.claim-hl[data-attribution="${type.id}"] { --hl: ${type.color}; }`);
  }
  for (const kind of taxonomy.sourceKinds) {
    rules.push(`[data-kind-color="${kind.id}"] { --swatch: ${themedColor(kind.color)}; }`);
    if (colorBy === 'sourceKind') rules.push(`.claim-hl[data-source-kind="${kind.id}"] { --hl: ${kind.color}; }`);
  }
  return rules.join('\n');
}

/** Installs (or replaces) the taxonomy's rules in the document. */
export function applyTaxonomyStyles(taxonomy: Taxonomy, colorBy: ColorBy = 'status'): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync(taxonomyCss(taxonomy, colorBy));
}
