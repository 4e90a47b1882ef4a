// The shape of a language's cue lexicon: the words the rules and the tagger's features look for.
// One file per language (english.ts) fills it in; nothing else in shared/suggest names words.

export interface CueLexicon {
  /** lemmas of verbs that report speech or writing ("say", "tell", "tweet") */
  speechVerbs: ReadonlySet<string>;
  /** lemmas of verbs of statements and announcements ("announce", "confirm", "declare") */
  statementVerbs: ReadonlySet<string>;
  /** lemmas of verbs of belief and position ("believe", "back", "oppose") */
  beliefVerbs: ReadonlySet<string>;
  /** of the belief verbs, those whose content is their object, not a clause ("back the plan") */
  positionVerbs: ReadonlySet<string>;
  /** lemmas of verbs that name a thing in the speaker's quoted words: "called it "a disgrace"", "described the deal as "..."" */
  describingVerbs: ReadonlySet<string>;
  /** lemmas of verbs that judge a thing as quoted words, with "as": "dismissed the claims as "propaganda"" */
  judgingVerbs: ReadonlySet<string>;
  /** lemmas of verbs whose content is a finding ("the report found", "figures show") */
  findingVerbs: ReadonlySet<string>;
  /** multi-word cues, lower case, matched on whole words ("according to", "claimed responsibility") */
  phrases: readonly string[];
  /** the phrase that puts its source after it and its content in the rest of the sentence */
  accordingTo: readonly string[];
  /** nouns for unnamed people ("officials", "sources", "witnesses") */
  anonymousNouns: ReadonlySet<string>;
  /** words that make a source anonymous in context ("who asked not to be named") */
  anonymityMarkers: readonly string[];
  /** nouns for documents and data ("report", "figures", "study") */
  documentNouns: ReadonlySet<string>;
  /** nouns for what a body issues in its own name ("statement", "communique"): "a statement from X" is X's */
  issuedNouns: ReadonlySet<string>;
  /** the words between such a noun and its issuer ("from", "by", "issued by") */
  issuerLinks: readonly string[];
  /** nouns for organisations and government bodies ("ministry", "army", "group") */
  organizationNouns: ReadonlySet<string>;
  /** nouns and titles that mark a government source ("ministry", "minister", "government") */
  governmentNouns: ReadonlySet<string>;
  /** nouns for one person's role or title, referring to a named person ("the minister", "the mayor") */
  roleNouns: ReadonlySet<string>;
  /** courtesy titles before a person's name ("Mr", "Dr"), lower case, without a final period */
  courtesyTitles: ReadonlySet<string>;
  /** nouns for media and the outlet's own reporting ("correspondent", "newspaper") */
  mediaNouns: ReadonlySet<string>;
  /** words that mark the outlet's own reporter ("our correspondent") */
  reporterMarkers: ReadonlySet<string>;
  /** subject pronouns that may be a source, with the kind of antecedent they take */
  pronouns: ReadonlyMap<string, 'person' | 'group' | 'any'>;
  /** the complementiser that opens indirect content ("that") */
  complementisers: ReadonlySet<string>;
  /** sentence openers that continue the previous sentence's report ("Additionally") */
  continuations: ReadonlySet<string>;
  /** words after "according to" that are not sources ("plan", "schedule") */
  notSources: ReadonlySet<string>;
  /** words that describe unnamed people, never names, even capitalised at a sentence's start ("Former", "Senior", "Two") */
  describingWords: ReadonlySet<string>;
  /** small words that join the words of a name, lower case ("Ministry of Health", "Committee to Protect Journalists", "Doctors without Borders") */
  nameLinks: ReadonlySet<string>;
  /** nouns that say a body is a body and nothing more: "the company" or "the group" refers back to the last one named */
  plainBodyNouns: ReadonlySet<string>;
}
