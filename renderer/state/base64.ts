// Bytes as base64, the form files travel in over the bridge (IPC and the web bridge alike).

/** The bytes as a base64 string, in chunks (a spread of a whole file would overflow the call stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
