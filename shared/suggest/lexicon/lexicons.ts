// The cue lexicon of each language the suggester knows, by language code ("en").
import { english } from './english';
import type { CueLexicon } from './lexicon';

export const LEXICONS: Readonly<Record<string, CueLexicon>> = { en: english };
