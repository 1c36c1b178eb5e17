import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../src/shared/contract/channels';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({
    ok: true,
    value: { channel, args },
  })),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (name: string, api: unknown) => electron.exposed.set(name, api),
  },
  ipcRenderer: { invoke: electron.invoke, send: vi.fn(), on: vi.fn() },
}));

await import('../../../src/main/electron/preload');

const bridge = electron.exposed.get('panitia') as Record<
  string,
  (...args: unknown[]) => Promise<unknown>
>;

describe('preload', () => {
  it('exposes only window.panitia', () => {
    expect([...electron.exposed.keys()]).toEqual(['panitia']);
  });

  it('exposes exactly one function per channel and nothing else', () => {
    expect(Object.keys(bridge).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) expect(typeof bridge[channel], channel).toBe('function');
    expect(bridge).not.toHaveProperty('invoke');
    expect(bridge).not.toHaveProperty('ipcRenderer');
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('each function invokes its own prefixed channel with exactly one argument', async () => {
    for (const channel of CHANNELS) {
      electron.invoke.mockClear();
      const result = await bridge[channel]?.({ id: 'x' }, 'smuggled');
      expect(electron.invoke).toHaveBeenCalledExactlyOnceWith(`panitia:${channel}`, { id: 'x' });
      expect(result).toEqual({
        ok: true,
        value: { channel: `panitia:${channel}`, args: [{ id: 'x' }] },
      });
    }
  });
});

/** Value (non-type) import specifiers of a TypeScript file. */
function valueImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^import\s+(?!type\b)[^'"]*?['"]([^'"]+)['"]/gm)].map(
    (m) => m[1] ?? '',
  );
}

describe('preload stays sandbox-friendly', () => {
  it('pulls in only electron and dependency-free shared files at runtime (no zod, no node:*)', () => {
    const seen = new Set<string>();
    const external = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of valueImports(file)) {
        if (spec.startsWith('.')) visit(resolve(dirname(file), `${spec}.ts`));
        else external.add(spec);
      }
    };
    visit(join(__dirname, '../../../src/main/electron/preload.ts'));
    expect([...external]).toEqual(['electron']);
    for (const file of seen)
      expect(file).toMatch(
        /src\/(main\/electron\/preload|shared\/contract\/(channels|bridge))\.ts$/,
      );
  });
});
