// Serves the built renderer's files, never anything outside its folder.
import { readFile, realpath } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';

const MEDIA_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  mediaType: string;
}

/**
 * Finds the file for a URL path inside `root`. Returns null for anything missing or outside the
 * folder (after decoding and resolving symbolic links).
 */
export async function findStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  try {
    const realRoot = await realpath(root);
    const real = await realpath(join(realRoot, relative));
    if (real !== realRoot && !real.startsWith(realRoot + sep)) return null;
    const mediaType = MEDIA_TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream';
    return { body: await readFile(real), mediaType };
  } catch {
    return null;
  }
}
