// A child process for the store's reliability tests. It writes through the real store module and
// prints one line per acknowledged write, so the parent knows what must survive.
//   crash <library> <documentId> <seed>   write claims forever (the parent kills it)
//   hold <library> <count>                take the lock, print "ready", then on "go" write <count> claims and exit
import { createInterface } from 'node:readline';
import { Core } from '../../../../../main/core/core';
import { seededRandom } from '../../../../helpers/seeded-random';

const [mode, library, arg, seedArg] = process.argv.slice(2);


function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function crash(documentId: string, seed: number): Promise<void> {
  const next = seededRandom(seed);
  const core = await Core.open(library!, { lock: { description: 'crash-loop writer' }, backupIntervalMs: 40, backupsKept: 4, indexFlushDelayMs: 15 });
  const claims = (await core.store.getDocument(documentId)).claims.map((c) => c.id);
  say('ready');
  for (let seq = seed * 100_000; ; seq++) {
    const roll = next();
    if (roll < 0.5 || claims.length < 3) {
      const start = Math.floor(next() * 2000);
      const claim = await core.claims.create({ documentId, start, end: start + 5 + Math.floor(next() * 40), changes: { note: `seq:${seq}` } }).catch((error: unknown) => {
        if ((error as { code?: string }).code === 'invalid-argument') return null; // a range of only white space
        throw error;
      });
      if (!claim) continue;
      claims.push(claim.id);
      say(`create ${claim.id} ${seq}`);
    } else if (roll < 0.9) {
      const id = claims[Math.floor(next() * claims.length)]!;
      await core.claims.update({ documentId, claimId: id, changes: { note: `seq:${seq}` } });
      say(`update ${id} ${seq}`);
    } else {
      const id = claims.splice(Math.floor(next() * claims.length), 1)[0]!;
      // Announced first: if the kill comes after the write but before the acknowledgement, the
      // claim is rightly gone although no acknowledgement says so.
      say(`deleting ${id}`);
      await core.claims.delete({ documentId, claimId: id });
      say(`delete ${id} ${seq}`);
    }
  }
}

async function hold(count: number): Promise<void> {
  const core = await Core.open(library!, { lock: { description: 'holder process' } });
  const documentId = core.libraryView().documents[0]!.id;
  say('ready');
  for await (const line of createInterface({ input: process.stdin })) {
    if (line !== 'go') continue;
    for (let i = 0; i < count; i++) {
      const claim = await core.claims.create({ documentId, start: i, end: i + 10 });
      say(`create ${claim.id}`);
    }
    await core.close();
    say('done');
    process.exit(0);
  }
}

if (mode === 'crash') await crash(arg!, Number(seedArg));
else if (mode === 'hold') await hold(Number(arg));
else throw new Error(`unknown mode ${mode}`);
