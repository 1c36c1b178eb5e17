import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/shared/deep-freeze';

describe('deepFreeze', () => {
  it('freezes nested objects and arrays, and returns the same value', () => {
    const value = { aspects: [{ key: 'A', levels: [1, 2] }], title: 'Wawancara' };
    expect(deepFreeze(value)).toBe(value);
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.aspects)).toBe(true);
    expect(Object.isFrozen(value.aspects[0])).toBe(true);
    expect(Object.isFrozen(value.aspects[0]!.levels)).toBe(true);
    expect(() => value.aspects.push({ key: 'B', levels: [] })).toThrow(TypeError);
  });

  it('leaves primitives and null as they are', () => {
    expect(deepFreeze(null)).toBeNull();
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze('teks')).toBe('teks');
  });
});
