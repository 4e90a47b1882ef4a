// Before a link leaves the app: the whole URL, and the choice. Only https and mailto links open
// in the browser; any other can be copied.
import { safeLinkUrl } from '@shared/domain/safe-url';
import { useActions } from '../state/app-context';
import { copyText } from './copy-text';
import { Modal } from './Modal';

export function LinkDialog({ url }: { url: string }) {
  const actions = useActions();
  const parsed = safeLinkUrl(url);
  const opens = parsed !== null && /^(https:|mailto:)/.test(parsed);
  return (
    <Modal title="Open link" onClose={() => actions.dismissLink()}>
      <h2 className="dialog__title">Open this link?</h2>
      <p className="link-dialog__url">{url}</p>
      {opens ? <p className="dialog__hint">It opens in your web browser, outside Corroborate.</p> : <p className="dialog__hint">Only https and mailto links open from Corroborate. Copy the address to open it yourself.</p>}
      <div className="dialog__actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            const copied = copyText(url);
            actions.toast(copied ? 'info' : 'error', copied ? 'Address copied.' : 'The address could not be copied.');
          }}
        >
          Copy address
        </button>
        <button type="button" className="button" onClick={() => actions.dismissLink()}>
          Cancel
        </button>
        {opens ? (
          <button type="button" className="button button--primary" autoFocus onClick={() => void actions.openLink(parsed!)}>
            Open in browser
          </button>
        ) : null}
      </div>
    </Modal>
  );
}
