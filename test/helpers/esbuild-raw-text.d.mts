// Types for esbuild-raw-text.mjs.
import type { BuildOptions, Plugin } from 'esbuild';

export const rawTextPlugin: Plugin;
export function projectBundleOptions(root: string): BuildOptions;
