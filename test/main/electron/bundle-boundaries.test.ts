import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');

/** Every source file main.ts reaches through value imports, and every package it names. */
function importGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    const specs = [
      ...source.matchAll(/^(?:import|export)\s+(?!type\b)[^'";]*?from\s+['"]([^'"]+)['"]/gm),
      ...source.matchAll(/^import\s+['"]([^'"]+)['"]/gm),
      ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
    ].map((m) => m[1] ?? '');
    for (const spec of specs) {
      if (!spec.startsWith('.')) {
        packages.add(spec);
        continue;
      }
      const base = resolve(dirname(file), spec);
      const target = [`${base}.ts`, join(base, 'index.ts'), base].find(
        (f) => existsSync(f) && f.endsWith('.ts'),
      );
      if (!target) throw new Error(`cannot resolve ${spec} from ${relative(root, file)}`);
      visit(target);
    }
  };
  visit(entry);
  return { files: [...files].map((f) => relative(root, f)), packages: [...packages] };
}

describe('the desktop main bundle', () => {
  const graph = importGraph(join(root, 'src/main/electron/main.ts'));

  it('never pulls in the loopback web transport or the CLI', () => {
    expect(graph.files.length).toBeGreaterThan(5);
    expect(graph.files.filter((f) => /^src\/main\/(web|cli)\//.test(f))).toEqual([]);
    expect(graph.files.filter((f) => f.startsWith('src/renderer/'))).toEqual([]);
  });

  it('opens no network server or client', () => {
    const network = ['http', 'https', 'http2', 'net', 'dgram', 'tls'].flatMap((m) => [
      m,
      `node:${m}`,
    ]);
    expect(graph.packages.filter((p) => network.includes(p))).toEqual([]);
  });
});
