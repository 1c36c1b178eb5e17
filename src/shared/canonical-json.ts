/**
 * Canonical JSON: one byte sequence for one value, so that hashes and signatures can be
 * recomputed by anyone. The rules are RFC 8785 (JCS) plus Unicode NFC for strings; they are
 * written out for auditors in docs/canonical-json.md.
 */

/** A value that canonical JSON can represent. */
export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue | undefined };

/** Thrown when a value has no canonical form (NaN, a Date, a lone surrogate, …). */
export class CanonicalJsonError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(`${message} at ${path}`);
    this.name = 'CanonicalJsonError';
  }
}

// A lone surrogate cannot be encoded as UTF-8, so two parties could hash different bytes.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Serialises `value` canonically: sorted keys, no whitespace, normalised numbers and strings. */
export function canonicalJson(value: unknown): string {
  return serialise(value, '$');
}

function serialise(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return serialiseNumber(value, path);
    case 'string':
      return serialiseString(value, path);
    case 'object':
      return Array.isArray(value)
        ? serialiseArray(value, path)
        : serialiseObject(value as Record<string, unknown>, path);
    default:
      throw new CanonicalJsonError(`unsupported type ${typeof value}`, path);
  }
}

function serialiseNumber(value: number, path: string): string {
  if (!Number.isFinite(value)) throw new CanonicalJsonError('non-finite number', path);
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
    // Beyond 2^53 the same digits can name two different doubles in other languages.
    throw new CanonicalJsonError('integer outside the safe range', path);
  }
  // ECMAScript's shortest round-trip form, as RFC 8785 §3.2.2.3 requires; -0 becomes 0.
  return Object.is(value, -0) ? '0' : JSON.stringify(value);
}

// Printable ASCII needs neither normalisation nor a surrogate check; most of our strings are.
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

function serialiseString(value: string, path: string): string {
  if (PLAIN_ASCII.test(value)) return JSON.stringify(value);
  if (LONE_SURROGATE.test(value)) throw new CanonicalJsonError('lone surrogate in string', path);
  return JSON.stringify(value.normalize('NFC'));
}

function serialiseArray(value: unknown[], path: string): string {
  const parts = value.map((item, index) => {
    if (item === undefined)
      throw new CanonicalJsonError('undefined array element', `${path}[${index}]`);
    return serialise(item, `${path}[${index}]`);
  });
  return `[${parts.join(',')}]`;
}

function serialiseObject(value: Record<string, unknown>, path: string): string {
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    throw new CanonicalJsonError('not a plain object', path);
  }
  const normalisedKeys = new Map<string, string>();
  for (const key of Object.keys(value)) {
    if (value[key] === undefined) continue; // as JSON.stringify does: absent, not null
    if (LONE_SURROGATE.test(key)) throw new CanonicalJsonError('lone surrogate in key', path);
    const normalised = key.normalize('NFC');
    if (normalisedKeys.has(normalised))
      throw new CanonicalJsonError(`duplicate key ${normalised}`, path);
    normalisedKeys.set(normalised, key);
  }
  // RFC 8785 sorts by UTF-16 code units, which is exactly JavaScript's default string order.
  const keys = [...normalisedKeys.keys()].sort();
  const members = keys.map((key) => {
    const original = normalisedKeys.get(key) as string;
    return `${JSON.stringify(key)}:${serialise(value[original], `${path}.${key}`)}`;
  });
  return `{${members.join(',')}}`;
}
