// Types for esbuild-project.mjs.
import type { BuildOptions, Plugin } from 'esbuild';

export const rawTextPlugin: Plugin;
export function projectBundleOptions(root: string): BuildOptions;
export function bundleFolder(root: string): string;
export function bundleEntry(root: string, entry: string, name: string): Promise<string>;
