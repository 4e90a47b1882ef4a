// A child process that writes a generated library (test/bench/generate-library.ts) into a folder:
//   node <bundle> DIR DOCUMENTS CLAIMS_PER_DOCUMENT
import { generateLibrary } from '../../bench/generate-library';

const [dir, documents, claims] = process.argv.slice(2);
await generateLibrary(dir!, { documents: Number(documents), claimsPerDocument: Number(claims), seed: 3 });
