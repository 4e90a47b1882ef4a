// The corpus's splits for training and scoring: `test` articles are scored only; `train` articles
// are trained on, and a fixed fifth of them (the dev slice) is held out while tuning.
import { type CorpusArticle, type CorpusAnnotation, readCorpus } from './corpus/corpus-checks.mjs';

export type Split = 'train' | 'test' | 'dev' | 'train-without-dev';

export interface Article {
  id: string;
  text: string;
  annotation: CorpusAnnotation;
}

/** Dev: every fifth train article by its number (n005, n010, ...), fixed so tuning is repeatable. */
export function isDev(id: string): boolean {
  return Number(id.replace(/\D/g, '')) % 5 === 0;
}

/** The corpus's articles in one split. */
export function articlesOf(split: Split): Article[] {
  return readCorpus()
    .filter((article: CorpusArticle): article is Article => article.annotation !== null)
    .filter((article) => {
      const inTrain = article.annotation.split === 'train';
      if (split === 'test') return article.annotation.split === 'test';
      if (split === 'train') return inTrain;
      if (split === 'dev') return inTrain && isDev(article.id);
      return inTrain && !isDev(article.id);
    });
}
