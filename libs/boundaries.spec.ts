// The architecture as a test: which package may import which. Tags are in each package.json
// (`nx.tags`); this reads every source file's imports and fails on a crossing of the lines.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Workspace packages each package may import. */
const ALLOWED: Record<string, string[]> = {
  '@khung/domain': [],
  '@khung/contracts': ['@khung/domain'],
  '@khung/config': [],
  '@khung/jobs': ['@khung/domain'],
  '@khung/migrations': [],
  '@khung/data': ['@khung/domain', '@khung/jobs', '@khung/migrations'],
  '@khung/api': ['@khung/domain', '@khung/contracts', '@khung/config', '@khung/data', '@khung/jobs'],
  '@khung/worker': ['@khung/domain', '@khung/contracts', '@khung/config', '@khung/data', '@khung/jobs'],
  '@khung/web': ['@khung/domain', '@khung/contracts'],
  '@khung/testing': [],
};
/** Test-only packages: imported by tests and their harnesses (test/, e2e/), never by a package's runtime source. */
const TEST_ONLY = ['@khung/testing'];
/** Frameworks the pure domain rules must not touch (they also run in the browser). */
const NOT_IN_DOMAIN = /^(@nestjs\/|typeorm|bullmq|ioredis|pg|react|node:)/;

const PACKAGES: Record<string, string> = {
  '@khung/domain': 'libs/domain',
  '@khung/contracts': 'libs/contracts',
  '@khung/config': 'libs/config',
  '@khung/jobs': 'libs/jobs',
  '@khung/migrations': 'migrations',
  '@khung/data': 'libs/data',
  '@khung/api': 'apps/api',
  '@khung/worker': 'apps/worker',
  '@khung/web': 'apps/web',
  '@khung/testing': 'libs/testing',
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (['node_modules', 'dist'].includes(name)) return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.(spec|integration-spec|e2e-spec)\.ts$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

describe('package boundaries', () => {
  for (const [name, dir] of Object.entries(PACKAGES)) {
    it(`${name} imports only what it may`, () => {
      const crossings: string[] = [];
      for (const file of sources(join(ROOT, dir, 'src'))) {
        for (const spec of importsOf(file)) {
          const where = relative(ROOT, file);
          if (spec.startsWith('@khung/') && spec !== name && !ALLOWED[name].includes(spec)) crossings.push(`${where} → ${spec}`);
          if (spec.startsWith('.') && !join(file, '..', spec).startsWith(join(ROOT, dir))) crossings.push(`${where} → ${spec} (outside its package)`);
          if (name === '@khung/domain' && NOT_IN_DOMAIN.test(spec)) crossings.push(`${where} → ${spec} (framework in the domain)`);
        }
      }
      expect(crossings).toEqual([]);
    });
  }

  it('names every workspace package with its tag', () => {
    for (const [name, dir] of Object.entries(PACKAGES)) {
      const pkg = JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8'));
      expect(pkg.name).toBe(name);
      expect(pkg.nx.tags).toEqual([expect.stringMatching(TEST_ONLY.includes(name) ? /^scope:test$/ : /^scope:(shared|api|worker|web)$/)]);
    }
  });

  it('keeps the test-only packages out of every runtime dependency list', () => {
    const crossings: string[] = [];
    for (const [name, dir] of Object.entries(PACKAGES)) {
      const pkg = JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8'));
      for (const dep of TEST_ONLY) if (pkg.dependencies?.[dep]) crossings.push(`${name} depends on ${dep} (a devDependency at most)`);
    }
    expect(crossings).toEqual([]);
  });
});
