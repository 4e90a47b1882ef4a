// Lint rules, including the layer boundaries of STYLE.md: each folder may import only what its
// layer allows, and the message says what is allowed. Globals are kept out by one tsconfig per layer.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layer = (message, patterns) => ({ 'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group, message })) }] });

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'test/fixtures/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod$|approx-string-match$|\\.|@shared/)',
              message: 'shared/ is pure TypeScript: it may import shared/, zod and approx-string-match only (no Node, DOM, React, ProseMirror, lowdb, main or renderer).',
            },
            { group: ['**/main/**', '**/renderer/**'], message: 'shared/ may not import main/ or renderer/.' },
          ],
        },
      ],
    },
  },
  {
    // the claim suggester's tokeniser: wink-nlp and its English model are pure JavaScript (no Node, no DOM)
    files: ['shared/suggest/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod$|approx-string-match$|wink-nlp$|wink-eng-lite-web-model$|\\.|@shared/)',
              message: 'shared/suggest/ is pure TypeScript: it may import shared/, zod, wink-nlp and wink-eng-lite-web-model only (no Node, DOM, React, ProseMirror, lowdb, main or renderer).',
            },
            { group: ['**/main/**', '**/renderer/**'], message: 'shared/ may not import main/ or renderer/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/core/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: layer('main/core may import shared/, main/core and node:* (never electron, the renderer, the shell, the web bridge or the CLI).', [
      ['electron', 'react', 'react-*', 'prosemirror-*', '**/renderer/**', '**/electron/**', '**/web/**', '**/cli/**'],
    ]),
  },
  {
    files: ['main/web/**/*.ts', 'main/cli/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: layer('The web bridge and the CLI sit on main/core without Electron: import shared/, main/core and node:*.', [
      ['electron', 'react', 'react-*', 'prosemirror-*', '**/renderer/**', '**/electron/**'],
    ]),
  },
  {
    files: ['main/electron/**/*.ts'],
    ignores: ['main/electron/preload.ts'],
    languageOptions: { globals: globals.node },
    rules: layer('main/electron may import shared/, main/core, electron and node:* (never the renderer).', [['react', 'react-*', 'prosemirror-*', '**/renderer/**']]),
  },
  {
    files: ['main/electron/preload.ts'],
    rules: layer('The sandboxed preload may import electron and the contract channel list (shared/bridge/channels) only.', [
      ['node:*', 'zod', 'react', '**/core/**', '**/renderer/**', '@shared/domain/**', '@shared/bridge/contract', '@shared/bridge/result', '@shared/text/**', '@shared/formats/**'],
    ]),
  },
  {
    files: ['main/cli/bin.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer('renderer/ talks to the core only through the typed bridge: import shared/, React, ProseMirror and renderer/ (never node:*, electron, lowdb or main/).', [
        ['node:*', 'fs', 'path', 'child_process', 'electron', 'lowdb', 'lowdb/*', '**/main/**'],
      ]),
    },
  },
  {
    files: ['test/**/*.{ts,tsx,mjs}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
