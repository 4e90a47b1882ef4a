// Turns the bytes of a text file into a string: UTF-8 and UTF-16 by their byte-order marks,
// UTF-8 when it decodes cleanly, and otherwise the legacy encoding chardet detects (Windows-1252
// at least), decoded by iconv-lite (Node 20's TextDecoder decodes "windows-1252" as Latin-1,
// losing curly quotes and dashes). Binary files are refused.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { AppFailure } from '@shared/bridge/result';

/** Encodings chardet reports, by the name iconv-lite knows them by (ISO-8859-1 is read as its superset, Windows-1252). */
const DECODABLE: Record<string, string> = {
  'ISO-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252',
  'ISO-8859-2': 'iso-8859-2',
  'windows-1250': 'windows-1250',
  'windows-1251': 'windows-1251',
  'ISO-8859-5': 'iso-8859-5',
  'KOI8-R': 'koi8-r',
  'ISO-8859-6': 'iso-8859-6',
  'windows-1256': 'windows-1256',
  'ISO-8859-7': 'iso-8859-7',
  'windows-1253': 'windows-1253',
  'ISO-8859-8': 'iso-8859-8',
  'windows-1255': 'windows-1255',
  'ISO-8859-9': 'windows-1254',
  'windows-1254': 'windows-1254',
  Shift_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  'ISO-2022-JP': 'iso-2022-jp',
  Big5: 'big5',
  'GB18030': 'gb18030',
  'EUC-KR': 'euc-kr',
};

export interface DecodedText {
  text: string;
  encoding: string;
}

function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) controls++;
  }
  return controls > head.length / 20;
}

/** Decodes a text file, or refuses it with a reason naming the file. */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  if (looksBinary(bytes)) throw new AppFailure('unsupported-file', `${fileName} is not a text file (it holds binary data).`);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // not UTF-8: a legacy encoding
  }
  const detected = chardet.detect(bytes) ?? 'windows-1252';
  const label = DECODABLE[detected] ?? 'windows-1252';
  return { text: iconv.decode(Buffer.from(bytes), label), encoding: label };
}
