// Starts the renderer: picks the transport (desktop preload or web bridge), then renders the app.
import '@fontsource-variable/inter';
import '@fontsource-variable/source-serif-4';
import './styles/app.css';
import './styles/library.css';
import './styles/panes.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { BridgeClient, desktopTransport, takeWebToken, webTransport } from './bridge/bridge-client';
import { Actions } from './state/actions';
import { AppContext } from './state/app-context';
import { AppStore } from './state/app-store';
import { lastOpenDocument, rememberOpenDocument, reopenAtStart } from './state/last-document';
import { localStorageOrNull, readLayout } from './workspace/pane-layout';

function createBridge(): BridgeClient | null {
  if (window.corroborateDesktop) return new BridgeClient(desktopTransport(window.corroborateDesktop));
  const token = takeWebToken(window.location, window.sessionStorage, window.history);
  return token ? new BridgeClient(webTransport(token)) : null;
}

const root = createRoot(document.getElementById('root')!);
const bridge = createBridge();
if (!bridge) {
  root.render(
    <main className="load-error" role="alert">
      <h1>Corroborate needs its access link</h1>
      <p>Open the full address that <code>corroborate serve</code> printed, including the part after #.</p>
    </main>,
  );
} else {
  const store = new AppStore();
  const storage = localStorageOrNull();
  store.update({ layout: readLayout(storage) });
  const actions = new Actions(store, bridge);
  // the document open when the app last closed opens again
  reopenAtStart(store, lastOpenDocument(storage), (documentId) => actions.openDocument(documentId));
  rememberOpenDocument(store, storage);
  root.render(
    <StrictMode>
      <AppContext.Provider value={{ store, actions }}>
        <App bridge={bridge} />
      </AppContext.Provider>
    </StrictMode>,
  );
}
