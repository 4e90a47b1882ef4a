// The article offered on first start: a Wikinews report (CC BY 2.5). Its credit and URL travel
// with it into the document's metadata, as the licence requires (see SOURCES.md here).
import { parsePlainText } from '@shared/importers/plain-text';
import type { ParsedArticle } from '@shared/importers/parsed-article';
import text from './wikinews-2019-08-15-ebola-treatments.txt?raw';

export const SAMPLE_FILE_NAME = 'wikinews-2019-08-15-ebola-treatments.txt';

export function sampleArticle(): ParsedArticle {
  const parsed = parsePlainText(text);
  return {
    content: parsed.content,
    meta: {
      ...parsed.meta,
      title: 'Scientists report two life-saving treatments for Ebola',
      outlet: 'Wikinews',
      url: 'https://en.wikinews.org/wiki/Scientists_report_two_life-saving_treatments_for_Ebola',
      language: 'en',
      credit: 'Wikinews, "Scientists report two life-saving treatments for Ebola", 15 August 2019',
      license: 'CC BY 2.5 (https://creativecommons.org/licenses/by/2.5/)',
    },
  };
}
