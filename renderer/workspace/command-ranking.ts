// Which commands the palette shows for what was typed, best first: every word typed must be in the
// command's name; a name with a word that is the word typed ranks above one where it only begins
// a word, which ranks above one where it is inside a word; among equals, the shorter name (the
// more direct command: "Go to sources" before "Edit the claim’s sources"), then the list's order.

export interface Named {
  label: string;
  /** the words typed are matched against these instead of the label, when given */
  matchText?: string | undefined;
}

/** How well one typed word fits a name's words: 3 a whole word, 2 a word's start, 1 inside a word, 0 not there. */
function fit(word: string, nameWords: readonly string[]): number {
  let best = 0;
  for (const nameWord of nameWords) {
    if (nameWord === word) return 3;
    if (nameWord.startsWith(word)) best = Math.max(best, 2);
    else if (nameWord.includes(word)) best = Math.max(best, 1);
  }
  return best;
}

const wordsOf = (text: string) => text.toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The commands whose name holds every word of `query`, best first (all of them, in order, for an empty query). */
export function rankCommands<C extends Named>(commands: readonly C[], query: string): C[] {
  const typed = wordsOf(query);
  if (typed.length === 0) return [...commands];
  const scored: { command: C; score: number; length: number; index: number }[] = [];
  commands.forEach((command, index) => {
    const nameWords = wordsOf(command.matchText ?? command.label);
    let score = 0;
    for (const word of typed) {
      const f = fit(word, nameWords);
      if (f === 0) return;
      score += f;
    }
    scored.push({ command, score, length: nameWords.length, index });
  });
  return scored.sort((a, b) => b.score - a.score || a.length - b.length || a.index - b.index).map((s) => s.command);
}
