// Short messages where the user is looking: what was imported or exported, what went wrong.
import { useActions, useAppState } from '../state/app-context';

export function Toasts() {
  const { toasts } = useAppState();
  const actions = useActions();
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast--${toast.level}`} role={toast.level === 'error' ? 'alert' : 'status'}>
          <span>{toast.message}</span>
          {toast.action ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                toast.action!.run();
                actions.dismissToast(toast.id);
              }}
            >
              {toast.action.label}
            </button>
          ) : null}
          <button type="button" className="toast__close" aria-label="Dismiss" onClick={() => actions.dismissToast(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
