// Builds Word documents for the importer tests with the docx library, so their content is known.
import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';

/** An article with a heading, emphasis, links (one of them javascript:), lists and a quote. */
export async function articleDocx(): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'Jane Doe',
    title: 'Scientists report two life-saving treatments for Ebola',
    description: 'test article',
    styles: { paragraphStyles: [{ id: 'Quote', name: 'Quote', basedOn: 'Normal', run: { italics: true } }] },
    numbering: {
      config: [{ reference: 'steps', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Ebola treatments', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun('On Monday morning, Director Anthony Fauci of the '),
              new TextRun({ text: 'United States National Institute of Allergy and Infectious Diseases', italics: true }),
              new TextRun(' announced that a trial of four possible Ebola drugs was stopped early.'),
            ],
          }),
          new Paragraph({ text: 'What the trial found', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            children: [
              new TextRun('The trial collected data from '),
              new TextRun({ text: '499 patients', bold: true }),
              new TextRun(' in the '),
              new ExternalHyperlink({ link: 'https://en.wikipedia.org/wiki/Democratic_Republic_of_the_Congo', children: [new TextRun({ text: 'Democratic Republic of the Congo', style: 'Hyperlink' })] }),
              new TextRun('. See also '),
              new ExternalHyperlink({ link: 'javascript:alert(1)', children: [new TextRun({ text: 'this link', style: 'Hyperlink' })] }),
              new TextRun('.'),
            ],
          }),
          new Paragraph({ text: '"From now on, we will no longer say that Ebola is incurable," said Professor Muyembe.', style: 'Quote' }),
          new Paragraph({ text: 'Mortality fell to 29% with REGN-EB3.', bullet: { level: 0 } }),
          new Paragraph({ text: 'Mortality fell to 34% with mAb114.', bullet: { level: 0 } }),
          new Paragraph({ text: 'First, surveillance.', numbering: { reference: 'steps', level: 0 } }),
          new Paragraph({ text: 'Then, vaccination.', numbering: { reference: 'steps', level: 0 } }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
