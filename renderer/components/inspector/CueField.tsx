// The cue: the attributing words in the text ("informed sources told Al Mayadeen"). Select them
// and press A; they get their own dotted underline.
import type { TextSpan } from '@shared/text/text-span';

interface CueFieldProps {
  cue: TextSpan | null;
  onClear: () => void;
}

export function CueField({ cue, onClear }: CueFieldProps) {
  return (
    <div className="field">
      <span className="field__label">Cue</span>
      {cue ? (
        <div className="cue-field">
          <span className="inspector__cue" dir="auto">
            “{cue.exact}”
          </span>
          <button type="button" className="button button--small" onClick={onClear}>
            Clear
          </button>
        </div>
      ) : (
        <p className="field__hint">
          Select the attributing words in the text (“informed sources told…”) and press <kbd>A</kbd>.
        </p>
      )}
    </div>
  );
}
