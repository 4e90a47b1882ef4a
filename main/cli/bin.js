#!/usr/bin/env node
// Launcher for the `corroborate` command: runs the built command line (out/main/cli.js).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../../out/main/cli.js', import.meta.url));
if (!existsSync(built)) {
  console.error('Corroborate is not built yet. Run "npm install" (which builds it) or "npm run build" in the project folder.');
  process.exit(1);
}
const { main } = await import(pathToFileURL(built).href);
process.exitCode = await main(process.argv.slice(2));
