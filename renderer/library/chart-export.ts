// Saves a chart as a standalone SVG file (its colours and font written into it, so it looks the
// same outside the app, its title above it) or as a PNG at twice its size, through a download.

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Room above the chart for its title, in pixels. */
const TITLE_HEIGHT = 30;

/** A chart as a file draws it: SVG text that stands alone, and its size with the title. */
interface StandaloneChart {
  text: string;
  width: number;
  height: number;
}

/** The colour behind `element`: its own or its nearest ancestor's that is not transparent (a file needs one: a transparent PNG of a dark chart is light text on whatever it is pasted on). */
function backgroundBehind(element: Element): string {
  for (let at: Element | null = element; at; at = at.parentElement) {
    const color = getComputedStyle(at).backgroundColor;
    if (color !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(color)) return color;
  }
  return '#ffffff';
}

/** The chart as SVG that stands alone: namespaces, a background, the text colour and font, and its title above it. */
export function standaloneSvg(svg: SVGSVGElement, title: string): StandaloneChart {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const computed = getComputedStyle(svg);
  const background = backgroundBehind(svg);
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  copy.setAttribute('font-family', computed.fontFamily);
  copy.setAttribute('color', computed.color);
  copy.setAttribute('fill', computed.color);
  const { width } = svg.viewBox.baseVal;
  const height = svg.viewBox.baseVal.height + TITLE_HEIGHT;
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  // the chart moves down under its title
  const chart = document.createElementNS(SVG_NS, 'g');
  chart.setAttribute('transform', `translate(0,${TITLE_HEIGHT})`);
  while (copy.firstChild) chart.appendChild(copy.firstChild);
  const backdrop = document.createElementNS(SVG_NS, 'rect');
  backdrop.setAttribute('width', '100%');
  backdrop.setAttribute('height', '100%');
  backdrop.setAttribute('fill', background);
  const heading = document.createElementNS(SVG_NS, 'text');
  heading.setAttribute('x', '8');
  heading.setAttribute('y', '20');
  heading.setAttribute('font-size', '14');
  heading.setAttribute('font-weight', '600');
  heading.setAttribute('text-anchor', 'start');
  heading.textContent = title;
  const label = document.createElementNS(SVG_NS, 'title');
  label.textContent = title;
  copy.append(label, backdrop, heading, chart);
  return { text: new XMLSerializer().serializeToString(copy), width, height };
}

export function saveSvg(svg: SVGSVGElement, title: string, name: string): void {
  download(`${name}.svg`, new Blob([standaloneSvg(svg, title).text], { type: 'image/svg+xml' }));
}

export async function savePng(svg: SVGSVGElement, title: string, name: string): Promise<void> {
  const { text, width, height } = standaloneSvg(svg, title);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * 2;
  canvas.height = height * 2;
  const context = canvas.getContext('2d')!;
  context.scale(2, 2);
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob) download(`${name}.png`, blob);
}
