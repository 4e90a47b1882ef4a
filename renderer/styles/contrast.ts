// Taxonomy colours made visible on the theme's background: a user's colour (or a default, like
// the dark grey of "Unverifiable") can vanish on a dark pane. Each is mixed towards white on dark,
// or towards black on light, only as far as it takes to reach 3:1 against the pane (WCAG 1.4.11
// for the dots, swatches and chart bars that carry it), so its hue stays what the user chose.

/** The backgrounds a colour has to stand on in each theme (the raised panes, the least contrast). */
export const THEME_BACKGROUNDS = { light: '#f4f2ed', dark: '#23272c' } as const;

export type ThemeName = keyof typeof THEME_BACKGROUNDS;

/** The contrast a mark needs against what is next to it (WCAG 1.4.11, non-text contrast). */
const NON_TEXT_CONTRAST = 3;

type Rgb = [number, number, number];

function parse(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function format(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance of an sRGB colour. */
function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(parse(a)), luminance(parse(b))].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `color` (#rrggbb), mixed towards white or black in small steps until it stands 3:1 against the theme's background. */
export function visibleOn(theme: ThemeName, color: string): string {
  const background = THEME_BACKGROUNDS[theme];
  const toward: Rgb = theme === 'dark' ? [255, 255, 255] : [0, 0, 0];
  const from = parse(color);
  for (let share = 0; share <= 1; share += 0.05) {
    const mixed = format(from.map((c, i) => c + (toward[i]! - c) * share) as Rgb);
    if (contrastRatio(mixed, background) >= NON_TEXT_CONTRAST) return mixed;
  }
  return format(toward);
}

/** A CSS value that is the colour made visible in whichever theme shows: light-dark(…, …). */
export function themedColor(color: string): string {
  const light = visibleOn('light', color);
  const dark = visibleOn('dark', color);
  return light === dark ? light : `light-dark(${light}, ${dark})`;
}
