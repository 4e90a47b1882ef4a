// The strict sanitiser pass every imported HTML goes through first (sanitize-html, an allow-list):
// no script, style, frame, form, media or event handler survives, links keep only http, https
// and mailto URLs, and navigation, headers and footers of the page are dropped with their text.
// An image stays as an inert <img> with its alternative text and "about:blank" for an address
// (nothing to load; the page is never shown as HTML either), so the import can count the images of
// the article it leaves out.
import sanitizeHtml from 'sanitize-html';

const TEXT_TAGS = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'pre', 'hr', 'br', 'figure', 'figcaption', 'dl', 'dt', 'dd', 'address', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption'];
const INLINE_TAGS = ['a', 'em', 'i', 'strong', 'b', 'code', 'kbd', 'samp', 'sub', 'sup', 'cite', 'span', 'small', 'mark', 'abbr', 'time', 'u', 's', 'q'];
const STRUCTURE_TAGS = ['div', 'section', 'article', 'main', 'header', 'aside', 'details', 'summary', 'center', 'hgroup'];

/** Elements dropped with everything inside them. */
const DROPPED_WITH_CONTENT = ['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'form', 'button', 'select', 'textarea', 'option', 'nav', 'footer', 'title', 'head'];

/** Whether an image's width or height says it is a pixel (2 px or less). */
const isPixel = (attribs: Record<string, string>) => ['width', 'height'].some((side) => /^\s*[0-2](?:px)?\s*$/i.test(attribs[side] ?? ''));

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...TEXT_TAGS, ...INLINE_TAGS, ...STRUCTURE_TAGS, 'img'],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['alt', 'src'],
    ol: ['start'],
    // classes and ids stay for the article extractor's scoring; they never reach the document
    '*': ['class', 'id', 'dir', 'lang'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  nonTextTags: DROPPED_WITH_CONTENT,
  // every image's address is replaced: the article extractor drops an image without one
  // (a tracking pixel, 2 px or less across, is no image of the article: it becomes an element the allow-list drops)
  transformTags: { img: (_tagName, attribs) => ({ tagName: isPixel(attribs) ? 'tracking-pixel' : 'img', attribs: { alt: attribs.alt ?? '', src: 'about:blank' } }) },
  disallowedTagsMode: 'discard',
  parser: { lowerCaseTags: true, lowerCaseAttributeNames: true },
};

/** Sanitises HTML for import. The result is HTML text of allowed elements only. */
export function sanitizeForImport(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
