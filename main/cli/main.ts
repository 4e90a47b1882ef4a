// The command line on the core: serve (the web bridge), import, list, export, suggest. Prints results on
// standard output and clear errors on standard error; exit code 0 on success, 1 on failure, 2 on misuse.
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ExportFormatSchema } from '@shared/bridge/contract';
import { AppFailure } from '@shared/bridge/result';
import { EXPORT_FORMAT_IDS } from '@shared/formats/export-formats';
import { isAnnotationFileName } from '@shared/formats/import-report';
import { Core } from '../core/core';
import { createWorkerFileParser } from '../core/documents/worker-file-parser';
import { createWorkerExportRenderer } from '../core/exports/worker-export-renderer';
import { createWorkerAttributionDetector } from '../core/suggestions/worker-attribution-detector';
import { createCoreHandlers } from '../core/handlers';
import { defaultUserDataDir, resolveLibraryDir } from '../core/library-location';
import { startWebBridge } from '../web/web-bridge';
import { type Io, streamIo } from './console-io';
import { suggestFiles } from './suggest-command';
import { counted } from '@shared/text/counted';

const USAGE = `Usage: corroborate <command> [options]

Commands:
  serve [--port N]                      serve the app to a browser on 127.0.0.1
  import FILE... [--document ID]        import articles, annotation sets (.json, .jsonld: our
                                        JSON-LD, W3C annotations, Hypothesis API JSON) and
                                        library archives (.zip); prints one JSON line per file.
                                        --document: the document for annotations whose target
                                        names no document of the library
  list [--json]                         list documents with claim counts by status
  export --format csv|jsonld|md|html|qdpx|claimreview|archive [--document ID]... [--set NAME] --out FILE
                                        --set: only the claims of that saved set
  backups                               list the library's backups, newest first
  restore [BACKUP]                      restore a backup (default: the newest sound one);
                                        the current state is backed up first
  suggest FILE... [--json]              suggest claims and their attribution in articles (no
                                        library needed); --json prints one JSON line per
                                        suggestion (file, start, end, quote, source,
                                        source_start, source_end, cue, cue_start, cue_end,
                                        attribution, confidence). Offsets are UTF-16 code units
                                        into the file's decoded text for .txt and .md, and into
                                        the parsed document's text (as the app shows it) for
                                        web pages, Word and PDF

Options:
  --library DIR                         the library folder (default: $CORROBORATE_LIBRARY,
                                        else the desktop app's library)`;

class UsageError extends Error {}

function rendererDir(): string {
  return resolve(import.meta.dirname, '../renderer');
}

async function withCore<T>(library: string, command: string, run: (core: Core) => Promise<T>): Promise<T> {
  const core = await Core.open(library, { lock: { description: `corroborate ${command}` }, parser: createWorkerFileParser(), exportRenderer: createWorkerExportRenderer(), detector: createWorkerAttributionDetector() });
  try {
    return await run(core);
  } finally {
    await core.close();
  }
}

async function serve(library: string, port: number, io: Io): Promise<number> {
  const parser = createWorkerFileParser();
  const core = await Core.open(library, { lock: { description: 'corroborate serve' }, parser, exportRenderer: createWorkerExportRenderer(), detector: createWorkerAttributionDetector() });
  void parser.prewarm?.().catch(() => undefined);
  core.warmInBackground();
  const bridge = await startWebBridge({
    handlers: createCoreHandlers(core),
    rendererDir: rendererDir(),
    port,
    onInternalError: (error, channel) => io.err(`internal error in ${channel}: ${(error as Error)?.stack ?? String(error)}`),
  });
  io.out(`Corroborate is serving the library in ${library}`);
  io.out(`Open ${bridge.url}`);
  await new Promise<void>((done) => {
    const stop = () => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await bridge.close();
  await core.close();
  return 0;
}

async function importAnnotations(core: Core, file: string, documentId: string | undefined, io: Io): Promise<void> {
  const report = await core.exchange.importPath(resolve(file), { documentId });
  const { kind, added, updated, unchanged, skipped } = report;
  io.out(JSON.stringify({ file, status: 'merged', kind, added, updated, unchanged, skipped, documentsAdded: report.documentsAdded.length, sourcesAdded: report.sourcesAdded.length }));
  for (const item of report.items) io.err(`${file}: ${item.where} (${item.document}): ${item.outcome}: ${item.reason}`);
  if (report.itemsLeftOut > 0) io.err(`${file}: and ${report.itemsLeftOut} more`);
  for (const what of report.ignored) io.err(`${file}: ignored ${what}`);
}

async function importFiles(library: string, files: string[], documents: string[], io: Io): Promise<number> {
  if (files.length === 0) throw new UsageError('import needs at least one FILE');
  if (documents.length > 1) throw new UsageError('import takes at most one --document');
  let failures = 0;
  await withCore(library, 'import', async (core) => {
    for (const file of files) {
      try {
        if (isAnnotationFileName(file)) {
          await importAnnotations(core, file, documents[0], io);
          continue;
        }
        const outcome = await core.imports.importPath(resolve(file));
        io.out(JSON.stringify({ file, status: outcome.status, id: outcome.document.id, title: outcome.document.title, ...(outcome.imagesLeftOut ? { images_left_out: outcome.imagesLeftOut } : {}) }));
      } catch (error) {
        if (!(error instanceof AppFailure)) throw error;
        failures++;
        io.out(JSON.stringify({ file, status: 'error', code: error.code, message: error.message }));
      }
    }
  });
  return failures > 0 ? 1 : 0;
}

async function list(library: string, json: boolean, io: Io): Promise<number> {
  await withCore(library, 'list', async (core) => {
    const { documents, taxonomy } = core.libraryView();
    if (json) {
      for (const d of documents) io.out(JSON.stringify({ id: d.id, title: d.title, published: d.published, claims: d.claimTotal, byStatus: d.claimCounts }));
      return;
    }
    if (documents.length === 0) io.out('The library is empty.');
    for (const d of documents) {
      const counts = taxonomy.statuses.filter((s) => d.claimCounts[s.id]).map((s) => `${d.claimCounts[s.id]} ${s.label.toLowerCase()}`);
      io.out(`${d.id}  ${d.published || '----------'}  ${d.title}  (${d.claimTotal} ${d.claimTotal === 1 ? 'claim' : 'claims'}${counts.length ? `: ${counts.join(', ')}` : ''})`);
    }
  });
  return 0;
}

async function exportClaims(library: string, format: string | undefined, documents: string[], setName: string | undefined, out: string | undefined, io: Io): Promise<number> {
  const parsedFormat = ExportFormatSchema.safeParse(format);
  if (!parsedFormat.success) throw new UsageError(`export needs --format ${EXPORT_FORMAT_IDS.join('|')}`);
  if (!out) throw new UsageError('export needs --out FILE');
  if (setName !== undefined && documents.length > 0) throw new UsageError('export takes --set or --document, not both');
  await withCore(library, 'export', async (core) => {
    const selection = setName === undefined ? undefined : await core.exportSelection(parsedFormat.data, { setId: core.sets.named(setName).id });
    await core.writeExport(parsedFormat.data, documents, resolve(out), {}, selection);
  });
  io.out(JSON.stringify({ format: parsedFormat.data, out: resolve(out) }));
  return 0;
}

async function listBackups(library: string, io: Io): Promise<number> {
  await withCore(library, 'backups', async (core) => {
    const backups = await core.store.backups.list();
    if (backups.length === 0) io.out('There are no backups yet.');
    for (const b of backups) io.out(`${b.id}  ${b.createdAt}  ${b.reason}  (${counted(b.documents, 'document')}${b.claims === null ? '' : `, ${counted(b.claims, 'claim')}`})`);
  });
  return 0;
}

async function restore(library: string, backupId: string | undefined, io: Io): Promise<number> {
  await withCore(library, 'restore', async (core) => {
    const outcome = await core.restoreBackup(backupId);
    for (const skipped of outcome.skipped) io.err(`skipped backup ${skipped.backup.id}: ${skipped.reason}`);
    io.out(JSON.stringify({ restored: outcome.restored.id, createdAt: outcome.restored.createdAt, before: outcome.before.id }));
  });
  return 0;
}

/** Runs the command line with the given arguments; resolves to the exit code. */
export async function main(argv: string[], io: Io = streamIo(process.stdout, process.stderr)): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        library: { type: 'string' },
        port: { type: 'string' },
        json: { type: 'boolean' },
        format: { type: 'string' },
        document: { type: 'string', multiple: true },
        set: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    io.out(USAGE);
    return command || values.help ? 0 : 2;
  }
  const library = resolveLibraryDir(values.library, join(defaultUserDataDir()));
  try {
    switch (command) {
      case 'serve': {
        const port = values.port === undefined ? 0 : Number(values.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a number from 0 to 65535');
        return await serve(library, port, io);
      }
      case 'import':
        return await importFiles(library, rest, values.document ?? [], io);
      case 'list':
        return await list(library, values.json ?? false, io);
      case 'export':
        return await exportClaims(library, values.format, values.document ?? [], values.set, values.out, io);
      case 'backups':
        return await listBackups(library, io);
      case 'restore':
        return await restore(library, rest[0], io);
      case 'suggest':
        if (rest.length === 0) throw new UsageError('suggest needs at least one FILE');
        return await suggestFiles(rest, values.json ?? false, io);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`corroborate: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof AppFailure) {
      io.err(`corroborate: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
