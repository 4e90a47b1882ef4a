// The text typed into one field of a stored thing (a claim's note, the note on its latest status
// change): saved a moment after typing pauses, at once when the field loses focus, when the page
// closes, and when the field goes away (another claim selected), so nothing typed waits on a blur.
import { useState } from 'react';
import { useAutosave } from './use-autosave';

export interface TextDraft {
  /** what the field shows: the text being typed, or the saved text */
  value: string;
  /** the user typed: the field shows `text`, saved once typing pauses */
  edit: (text: string) => void;
  /** the field lost focus: save now, and show the saved text from here on */
  finish: () => void;
}

export function useTextDraft(saved: string, save: (text: string) => void): TextDraft {
  // the text being typed; null when the field shows the saved text
  const [draft, setDraft] = useState<string | null>(null);
  // the draft is kept while typing goes on (the saved text arrives a moment after it is sent)
  const autosave = useAutosave(() => {
    if (draft !== null && draft !== saved) save(draft);
  });
  return {
    value: draft ?? saved,
    edit: (text) => {
      setDraft(text);
      autosave.changed();
    },
    finish: () => {
      autosave.flush();
      setDraft(null);
    },
  };
}
