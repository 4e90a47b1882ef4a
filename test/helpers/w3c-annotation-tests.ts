// Runs the W3C annotation-model test assertions (JSON Schema draft-04, copied into
// test/fixtures/w3c-annotation-tests with their licence) against exported JSON, each assertion
// schema on its own, as the W3C harness does. Returns the failed MUST assertions.
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './fixtures';

const ROOT = join(FIXTURES, 'w3c-annotation-tests');
const HARNESS_KEYWORDS = ['assertionType', 'expectedResult', 'onUnexpectedResult', 'errorMessage', 'assertionFile'];

interface Assertion {
  file: string;
  type: 'must' | 'should' | 'may';
  expectValid: boolean;
  message: string;
  validate: (data: unknown) => boolean;
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

function loadAssertions(testFiles: string[]): Assertion[] {
  const definitions = readdirSync(join(ROOT, 'definitions'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => readJson(join(ROOT, 'definitions', f)));
  const assertions: Assertion[] = [];
  for (const testFile of testFiles) {
    for (const file of readJson(join(ROOT, testFile)).assertions as unknown[]) {
      if (typeof file !== 'string') continue;
      const schema = readJson(join(ROOT, file));
      const ajv = new Ajv04({ strict: false, allErrors: true, logger: false });
      addFormats(ajv);
      for (const keyword of HARNESS_KEYWORDS) ajv.addKeyword(keyword);
      for (const definition of definitions) ajv.addSchema(definition);
      assertions.push({
        file,
        type: (schema.assertionType as Assertion['type'] | undefined) ?? 'must',
        expectValid: (schema.expectedResult ?? 'valid') === 'valid',
        message: String(schema.errorMessage ?? schema.title ?? file),
        validate: ajv.compile(schema) as (data: unknown) => boolean,
      });
    }
  }
  return assertions;
}

let annotationAssertions: Assertion[] | null = null;
let collectionAssertions: Assertion[] | null = null;

function failedMusts(assertions: Assertion[], data: unknown): string[] {
  return assertions.filter((a) => a.type === 'must' && a.validate(data) !== a.expectValid).map((a) => `${a.file}: ${a.message}`);
}

/** The MUST assertions an Annotation fails (empty when it passes them all). */
export function annotationMustFailures(annotation: unknown): string[] {
  annotationAssertions ??= loadAssertions(['annotations/annotationMusts.test']);
  return failedMusts(annotationAssertions, annotation);
}

/** The MUST assertions an AnnotationCollection fails. */
export function collectionMustFailures(collection: unknown): string[] {
  collectionAssertions ??= loadAssertions(['collections/collectionMusts.test']);
  return failedMusts(collectionAssertions, collection);
}

/** How many MUST assertions there are, so tests can check the suite really ran. */
export function annotationMustCount(): number {
  annotationAssertions ??= loadAssertions(['annotations/annotationMusts.test']);
  return annotationAssertions.filter((a) => a.type === 'must').length;
}
