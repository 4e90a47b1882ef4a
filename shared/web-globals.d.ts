// The few web-platform globals shared/ may use. They exist in Node and in browsers alike, but
// shared/ compiles with no environment types (no DOM, no Node), so they are declared here.

declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly protocol: string;
  readonly hostname: string;
}

declare const crypto: { randomUUID(): string };
