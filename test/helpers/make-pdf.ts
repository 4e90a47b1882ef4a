// Builds PDFs for the importer tests with pdf-lib, laid out like a printed article: a running
// header and page numbers, a heading, paragraphs that break across lines and pages, words
// hyphenated at line ends. The expected paragraphs are returned with the PDF.
import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';

export interface ArticlePdf {
  bytes: Uint8Array;
  heading: string;
  paragraphs: string[];
}

const PARAGRAPHS = [
  'On Monday morning, Director Anthony Fauci of the United States National Institute of Allergy and Infectious Diseases announced that a trial of four possible Ebola drugs was stopped early, because two of them had already shown considerable progress in treating the disease and saving the lives of those infected.',
  'The PALM trial, for the Swahili phrase pamoja tulinde maisha or together save lives, began last November and collected data from 499 patients from the towns of Beni, Butembo, Mangina, and Katwa in the Democratic Republic of the Congo, which has suffered an outbreak for roughly the past year.',
  'Professor Jean-Jacques Muyembe, Director General of the institute that monitored the trial, said that from now on, we will no longer say that Ebola is incurable. He went on to say thousands of deaths could be prevented with the two treatments.',
  'Past outbreak mortality rates have been at least 25 percent, as high as 90 percent, and averaged around 50 percent according to the statistics of the World Health Organization, which coordinated the international response.',
  'Per the framework for monitored emergency use of unregistered interventions, all treatment centres are to be permitted to administer the two treatments to patients, even though research into them is not yet complete, and the other two drugs are to be retired from use.',
];

/** Breaks text into lines no wider than `width`, hyphenating long words that do not fit. */
function layout(text: string, font: PDFFont, size: number, width: number, firstIndent: number): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string, indent: number) => font.widthOfTextAtSize(candidate, size) <= width - indent;
  for (const word of text.split(' ')) {
    const indent = lines.length === 0 ? firstIndent : 0;
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate, indent)) {
      line = candidate;
      continue;
    }
    // hyphenate words of 8 letters or more when at least 4 letters fit
    let split = -1;
    if (/^[a-z]{8,}[,.]?$/.test(word)) {
      for (let cut = word.replace(/[,.]$/, '').length - 4; cut >= 4; cut--) {
        if (fits(`${line ? `${line} ` : ''}${word.slice(0, cut)}-`, indent)) {
          split = cut;
          break;
        }
      }
    }
    if (split > 0) {
      lines.push(`${line ? `${line} ` : ''}${word.slice(0, split)}-`);
      line = word.slice(split);
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A three-page article with a running header, page numbers and hyphenation. */
export async function articlePdf(): Promise<ArticlePdf> {
  const doc = await PDFDocument.create();
  doc.setTitle('Scientists report two life-saving treatments for Ebola');
  doc.setAuthor('Jane Doe');
  doc.setCreationDate(new Date(Date.UTC(2019, 7, 15)));
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const bold = await doc.embedFont(StandardFonts.TimesRomanBold);
  const size = 11;
  const leading = 14;
  const [pageWidth, pageHeight] = [420, 420];
  const left = 50;
  const width = pageWidth - 2 * left;
  const heading = 'Treatments for Ebola';
  const pages: ReturnType<typeof doc.addPage>[] = [];
  let page = doc.addPage([pageWidth, pageHeight]);
  pages.push(page);
  let y = pageHeight - 80;
  page.drawText(heading, { x: left, y, size: 18, font: bold });
  y -= 32;
  for (const paragraph of PARAGRAPHS) {
    const lines = layout(paragraph, font, size, width, 18);
    lines.forEach((text, i) => {
      if (y < 60) {
        page = doc.addPage([pageWidth, pageHeight]);
        pages.push(page);
        y = pageHeight - 70;
      }
      page.drawText(text, { x: left + (i === 0 ? 18 : 0), y, size, font, color: rgb(0, 0, 0) });
      y -= leading;
    });
  }
  pages.forEach((p, i) => {
    p.drawText('The Daily Example · Health', { x: left, y: pageHeight - 30, size: 8, font });
    p.drawText(`Page ${i + 1} of ${pages.length}`, { x: pageWidth / 2 - 20, y: 25, size: 8, font });
  });
  return { bytes: await doc.save(), heading, paragraphs: PARAGRAPHS };
}

/** A PDF whose pages hold only drawings: no text layer. */
export async function imageOnlyPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < 2; i++) {
    const page = doc.addPage([300, 300]);
    page.drawRectangle({ x: 20, y: 20, width: 200, height: 100, color: rgb(0.2, 0.2, 0.2) });
  }
  return doc.save();
}
