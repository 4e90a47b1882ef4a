// The JSON files of a library folder (library.json and each document's file) as text, to check
// that a failed change left them as they were.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Each JSON file of the library in `dir`, by its path in the folder. `withoutStamps` leaves out the
 * index's file stamps (size and time of each document's file), which a file written back as it was
 * changes.
 */
export function libraryFiles(dir: string, options: { withoutStamps?: boolean } = {}): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(dir)) if (name.endsWith('.json')) files.set(name, readFileSync(join(dir, name), 'utf8'));
  for (const name of readdirSync(join(dir, 'documents'))) files.set(`documents/${name}`, readFileSync(join(dir, 'documents', name), 'utf8'));
  const library = files.get('library.json');
  if (options.withoutStamps && library !== undefined) files.set('library.json', JSON.stringify(JSON.parse(library, (key, value: unknown) => (key === 'file' ? undefined : value))));
  return files;
}
