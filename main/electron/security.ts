// Hardening for every window and the session (DESIGN.md section 10): no navigation, no new
// windows, no webviews, no permissions, and no requests to anything but the app's own protocol.
import type { Session, WebContents } from 'electron';
import { APP_ORIGIN, APP_SCHEME } from './app-protocol';

/** Requests the renderer may make: the app protocol, and devtools internals. */
export function isAllowedRequest(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`) || url.startsWith('devtools://') || url.startsWith('chrome-extension://');
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
  session.setDevicePermissionHandler?.(() => false);
}

export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export { APP_SCHEME };
