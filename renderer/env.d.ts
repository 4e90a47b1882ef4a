// Ambient types for the renderer: Vite's asset imports and the desktop preload's API.
/// <reference types="vite/client" />

interface CorroborateDesktopApi {
  invoke(channel: string, args: unknown): Promise<unknown>;
  onEvent(listener: (event: unknown) => void): () => void;
}

interface Window {
  corroborateDesktop?: CorroborateDesktopApi;
}
