// The only place that touches ipcMain: it checks that each call comes from the app's own main
// frame, validates it against the contract and runs the core or shell handler.
import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { IPC_INVOKE } from '@shared/bridge/channels';
import type { CoreHandlers, ShellHandlers } from '@shared/bridge/contract';
import { fail, type Result } from '@shared/bridge/result';
import { dispatch } from '../core/dispatch';
import { APP_ORIGIN } from './app-protocol';

/** True when a call comes from the top frame of a page served by the app's own protocol. */
export function isTrustedSender(frame: WebFrameMain | null | undefined): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  try {
    return new URL(frame.url).origin === APP_ORIGIN || frame.url.startsWith(`${APP_ORIGIN}/`);
  } catch {
    return false;
  }
}

export interface GatewayOptions {
  onInternalError?: (error: unknown, channel: string) => void;
  onRejectedSender?: (url: string) => void;
}

export function handleInvoke(
  handlers: CoreHandlers & Partial<ShellHandlers>,
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  channel: unknown,
  args: unknown,
  options: GatewayOptions = {},
): Promise<Result<unknown>> {
  if (!isTrustedSender(event.senderFrame)) {
    options.onRejectedSender?.(event.senderFrame?.url ?? '(no frame)');
    return Promise.resolve(fail('invalid-argument', 'Calls are only accepted from the app window.'));
  }
  return dispatch(handlers, channel, args, { onInternalError: options.onInternalError });
}

export function installGateway(ipcMain: IpcMain, handlers: CoreHandlers & Partial<ShellHandlers>, options: GatewayOptions = {}): void {
  ipcMain.handle(IPC_INVOKE, (event, channel: unknown, args: unknown) => handleInvoke(handlers, event, channel, args, options));
}
