// A library with the seed article and its nine claims (two sources, the fixture's attributions,
// tags) made through the core's channels, plus the bundled sample article, for the screens
// across the library.
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import type { StoredDocument } from '../../../shared/domain/document';
import { projectText } from '../../../shared/text/projection';
import { seedClaims } from './claims';
import { SEED } from './fixtures';
import type { RunningServer } from './server';

export interface SeededLibrary {
  seedId: string;
  sampleId: string;
}

export async function seedLibrary(server: RunningServer): Promise<SeededLibrary> {
  const seed = await server.call<{ document: { id: string } }>('documents:import', { fileName: 'seed.txt', dataBase64: readFileSync(SEED).toString('base64') });
  const sample = await server.call<{ document: { id: string } }>('documents:openSample', {});
  const seedId = seed.document.id;
  const text = projectText((await server.call<StoredDocument>('documents:get', { documentId: seedId })).content);
  const { source: informed } = await server.call<{ source: { id: string } }>('sources:create', { name: 'informed sources', kind: 'anonymous' });
  const { source: officials } = await server.call<{ source: { id: string } }>('sources:create', { name: 'US officials', kind: 'government' });
  for (const [index, claim] of seedClaims().entries()) {
    const start = text.indexOf(claim.exact);
    await server.call('claims:create', {
      documentId: seedId,
      start,
      end: start + claim.exact.length,
      changes: { attribution: claim.attribution, sourceIds: [index % 2 ? informed.id : officials.id], tags: index % 3 ? ['syria'] : ['syria', 'casualties'] },
    });
  }
  return { seedId, sampleId: sample.document.id };
}

/** The seed library, open on the claims table filtered to its three claims tagged "casualties", all selected. */
export async function casualtyClaimsSelected(page: Page, server: RunningServer): Promise<Locator> {
  await seedLibrary(server);
  await page.goto(server.url);
  await page.getByRole('button', { name: /^All claims/ }).click();
  await page.getByRole('searchbox', { name: 'Search claims' }).fill('tag:casualties');
  await expect(page.locator('.claims-screen__count')).toHaveText('3 claims in 1 document');
  const all = page.getByRole('checkbox', { name: 'Select all 3 claims' });
  await all.check();
  return all;
}
