// How a caller follows and stops a long export: progress after each document, and cancellation.
export interface StreamOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ((documentsDone: number, documentsTotal: number) => void) | undefined;
}
