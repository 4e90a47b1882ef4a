// The layer rules of STYLE.md must fail `npm run check`: an import that crosses a layer fails
// lint, and a global from the wrong environment fails the layer's tsconfig.
import { ESLint } from 'eslint';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

async function lintErrors(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

function typeErrors(tsconfig: string, file: string, code: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, tsconfig), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const path = join(ROOT, file);
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile;
  host.readFile = (name) => (name === path ? code : readFile(name));
  host.fileExists = ((exists) => (name: string) => name === path || exists(name))(host.fileExists);
  const program = ts.createProgram({ rootNames: [path, ...config.fileNames.filter((f) => f.endsWith('.d.ts'))], options: { ...config.options, noEmit: true, composite: false, declaration: false, emitDeclarationOnly: false }, host });
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(path)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('layer rules', () => {
  it('lint refuses node:fs in the renderer, electron in the core, and main/ in shared/', async () => {
    expect(await lintErrors('renderer/bad.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toEqual([expect.stringMatching(/renderer\/ talks to the core only through the typed bridge/)]);
    expect(await lintErrors('main/core/bad.ts', "import { app } from 'electron';\nexport const x = app;\n")).toEqual([expect.stringMatching(/never electron/)]);
    expect(await lintErrors('shared/bad.ts', "import { Core } from '../main/core/core';\nexport const x = Core;\n")).toEqual([expect.stringMatching(/shared\/ may not import main\//)]);
    expect(await lintErrors('shared/bad.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toEqual([expect.stringMatching(/shared\/ is pure TypeScript/)]);
    expect(await lintErrors('shared/bad.ts', "import { EditorState } from 'prosemirror-state';\nexport const x = EditorState;\n")).toEqual([expect.stringMatching(/shared\/ is pure TypeScript/)]);
    expect(await lintErrors('shared/good.ts', "import { z } from 'zod';\nimport search from 'approx-string-match';\nimport { spanAt } from './text/text-span';\nexport const x = [z, search, spanAt];\n")).toEqual([]);
    expect(await lintErrors('main/electron/preload.ts', "import { z } from 'zod';\nexport const x = z;\n")).toEqual([expect.stringMatching(/preload may import electron and the contract channel list/)]);
    expect(await lintErrors('renderer/good.ts', "import { projectText } from '@shared/text/projection';\nexport const x = projectText;\n")).toEqual([]);
  });

  it('the shared tsconfig refuses DOM and Node globals; the renderer tsconfig refuses Node globals', () => {
    expect(typeErrors('tsconfig.shared.json', 'shared/bad-globals.ts', 'export const title = document.title;\n').join(' ')).toMatch(/Cannot find name 'document'/);
    expect(typeErrors('tsconfig.shared.json', 'shared/bad-globals.ts', 'export const env = process.env;\n').join(' ')).toMatch(/Cannot find name 'process'/);
    expect(typeErrors('tsconfig.renderer.json', 'renderer/bad-globals.ts', 'export const env = process.env;\n').join(' ')).toMatch(/Cannot find name 'process'/);
    expect(typeErrors('tsconfig.shared.json', 'shared/good-globals.ts', "export const id: string = crypto.randomUUID();\n")).toEqual([]);
  });
});
