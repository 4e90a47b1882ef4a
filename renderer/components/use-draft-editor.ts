// The state of an editor that saves as the user types, for one stored thing (a source, a
// document's details): the draft typed into, brought up to date when the stored thing changes
// elsewhere (an Undo); the core's refusal of the last change sent; and, when the editor closes
// with an edit it could not save, the draft kept (with a word to the user) until it opens again.
import { useEffect, useRef, useState } from 'react';
import { useActions } from '../state/app-context';
import { forgetDraft, keepDraft, keptDraft, saveKeepingDraft, type DraftKey } from '../state/kept-drafts';
import { useAutosave } from './use-autosave';

interface DraftEditorOptions<Stored, Draft, Changes extends object> {
  key: DraftKey;
  stored: Stored;
  toDraft: (stored: Stored) => Draft;
  /** the draft once the stored thing went from `before` to `after` outside the editor */
  rebase: (draft: Draft, before: Stored, after: Stored) => Draft;
  /** the changes the draft makes that can be saved (none: nothing is sent) */
  changes: (draft: Draft) => Changes;
  /** the fields with a problem, named for a sentence ("name", "web address") */
  problemFields: (draft: Draft) => string[];
  /** sends changes; resolves to whether they are saved, and passes a refusal to `refused` */
  send: (changes: Changes, refused: (message: string) => void) => Promise<boolean>;
  /** what the warning calls the thing and how to come back to it: "the source “X”", "open the source again" */
  whose: string;
  reopen: string;
  /** true once the thing is gone (merged away, deleted): nothing is left to save or keep */
  gone?: () => boolean;
}

/** A draft kept while its editor is closed, with the core's refusal of it, if any. */
interface KeptDraft<Draft> {
  draft: Draft;
  refusal: string | null;
}

export function useDraftEditor<Stored, Draft extends object, Changes extends object>(options: DraftEditorOptions<Stored, Draft, Changes>) {
  const { key, stored } = options;
  const actions = useActions();
  const [kept] = useState(() => keptDraft<KeptDraft<Draft>>(key));
  const [draft, setDraft] = useState<Draft>(kept?.draft ?? options.toDraft(stored));
  // the stored thing the draft was last brought up to date with: a change made elsewhere reaches the fields not touched
  const [base, setBase] = useState(stored);
  if (base !== stored) {
    setBase(stored);
    setDraft(options.rebase(draft, base, stored));
  }
  // what the core said when it refused the last change sent, until a change is saved
  const [refusal, setRefusal] = useState<string | null>(kept?.refusal ?? null);
  const open = useRef(true);
  useEffect(() => {
    open.current = true;
    forgetDraft(key);
    return () => {
      open.current = false;
    };
  }, [key]);

  // closed with an edit that cannot be saved: keep it (with the core's refusal, if that is why), and say so
  const leftBehind = (why: string, refused: string | null) => {
    keepDraft<KeptDraft<Draft>>(key, { draft, refusal: refused });
    actions.toast('error', `Your edit of ${options.whose} is not saved: ${why}. It is kept: ${options.reopen} to finish it.`);
  };
  const save = (closing: boolean) => {
    if (options.gone?.()) return;
    const changes = options.changes(draft);
    if (Object.keys(changes).length > 0) {
      const refused = (message: string) => (open.current ? setRefusal(message) : leftBehind(message.replace(/\.$/, ''), message));
      const closingDraft: KeptDraft<Draft> | null = closing ? { draft, refusal: null } : null;
      void saveKeepingDraft(key, closingDraft, () => options.send(changes, refused)).then((saved) => saved && setRefusal(null));
    }
    const fields = options.problemFields(draft);
    if (closing && fields.length > 0) leftBehind(`there is a problem with its ${fields.join(' and ')}`, refusal);
  };
  const autosave = useAutosave(save);
  /** changes the draft, and saves it once typing pauses (or after `delayMs`, 0 for a choice made at once) */
  const edit = (change: Partial<Draft>, delayMs?: number) => {
    setDraft({ ...draft, ...change });
    autosave.changed(delayMs);
  };
  return { draft, refusal, edit, flush: autosave.flush };
}
