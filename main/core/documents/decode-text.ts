// Turns the bytes of a text file into a string, refusing files that are not text.
import { AppFailure } from '@shared/bridge/result';

/** Decodes UTF-8 (with or without a byte-order mark); anything else is refused with a reason. */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) {
    throw new AppFailure('unsupported-file', `${fileName} is not a text file (it holds binary data).`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new AppFailure('unsupported-file', `${fileName} is not UTF-8 text.`);
  }
}
