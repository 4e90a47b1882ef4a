// A model-based property test: random sequences of create, update, delete and restart run against
// the real store and an in-memory model; after every step the store must agree with the model.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Core } from '../../../../main/core/core';
import { SEED_FILE } from '../../../helpers/fixtures';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

interface Model {
  claims: Map<string, { note: string; status: string }>;
}

interface Real {
  core: Core;
  library: string;
  documentId: string;
  /** claim ids in creation order, so commands can pick one by index */
  order: string[];
}

async function check(model: Model, real: Real): Promise<void> {
  const doc = await real.core.store.getDocument(real.documentId);
  const actual = new Map(doc.claims.map((c) => [c.id, { note: c.note, status: c.status }]));
  expect(actual).toEqual(model.claims);
  expect(real.core.libraryView().documents[0]!.claimTotal).toBe(model.claims.size);
}

class CreateClaim implements fc.AsyncCommand<Model, Real> {
  constructor(readonly start: number, readonly length: number, readonly note: string) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const claim = await real.core.claims.create({ documentId: real.documentId, start: this.start, end: this.start + this.length, changes: { note: this.note } }).catch(() => null);
    if (claim) {
      model.claims.set(claim.id, { note: this.note, status: 'unverified' });
      real.order.push(claim.id);
    }
    await check(model, real);
  }
  toString = () => `create(${this.start}, ${this.length})`;
}

class UpdateClaim implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pick: number, readonly status: string, readonly note: string) {}
  check = (model: Readonly<Model>) => model.claims.size > 0;
  async run(model: Model, real: Real) {
    const live = real.order.filter((id) => model.claims.has(id));
    const id = live[this.pick % live.length]!;
    await real.core.claims.update({ documentId: real.documentId, claimId: id, changes: { status: this.status, note: this.note } });
    model.claims.set(id, { note: this.note, status: this.status });
    await check(model, real);
  }
  toString = () => `update(${this.pick}, ${this.status})`;
}

class DeleteClaim implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pick: number) {}
  check = (model: Readonly<Model>) => model.claims.size > 0;
  async run(model: Model, real: Real) {
    const live = real.order.filter((id) => model.claims.has(id));
    const id = live[this.pick % live.length]!;
    await real.core.claims.delete({ documentId: real.documentId, claimId: id });
    model.claims.delete(id);
    await check(model, real);
  }
  toString = () => `delete(${this.pick})`;
}

class Restart implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(model: Model, real: Real) {
    await real.core.close();
    real.core = await Core.open(real.library, { backupIntervalMs: 0 });
    await check(model, real);
  }
  toString = () => 'restart';
}

const commands = [
  fc.tuple(fc.integer({ min: 0, max: 2400 }), fc.integer({ min: 1, max: 60 }), fc.string({ maxLength: 20 })).map(([s, l, n]) => new CreateClaim(s, l, n)),
  fc.tuple(fc.nat(), fc.constantFrom('unverified', 'in-progress', 'verified', 'false'), fc.string({ maxLength: 20 })).map(([p, s, n]) => new UpdateClaim(p, s, n)),
  fc.nat().map((p) => new DeleteClaim(p)),
  fc.constant(new Restart()),
];

describe('store model', () => {
  it('agrees with an in-memory model through random creates, updates, deletes and restarts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 25 }), async (cmds) => {
        const library = tempDir();
        const core = await Core.open(library, { backupIntervalMs: 0 });
        const documentId = (await core.imports.importPath(SEED_FILE)).document.id;
        const real: Real = { core, library, documentId, order: [] };
        try {
          await fc.asyncModelRun(() => ({ model: { claims: new Map() }, real }), cmds);
        } finally {
          await real.core.close();
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
