// Reads the test fixtures (test/fixtures), which travel with the repository.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export const SEED_FILE = join(FIXTURES, 'seed', '000_94a0439cd798dd65.txt');

export interface SeedClaim {
  exact: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
  source: string;
  attribution: string;
  cue: string;
  status: string;
}

export interface SeedFixture {
  expectedMetadata: { title: string; published: string; byline: string };
  claims: SeedClaim[];
}

export function seedText(): string {
  return readFileSync(SEED_FILE, 'utf8');
}

export function seedFixture(): SeedFixture {
  return JSON.parse(readFileSync(join(FIXTURES, 'seed', 'seed-claims.json'), 'utf8')) as SeedFixture;
}
