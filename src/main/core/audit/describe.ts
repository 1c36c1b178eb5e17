/** The redacted, structured view of one entry's payload, before ids are resolved to names. */
import type { AuditField, AuditRef, AuditValue } from '../../../shared/audit/audit-view';
import { kindRule, type FieldRule } from './allow-list';

/** The list's short summary and the detail's full field list of one entry. */
export interface EntryDescription {
  summary: AuditField[];
  fields: AuditField[];
}

const SEALED: AuditField = { key: 'sealed', value: { type: 'sealed' } };
const HIDDEN: AuditField = { key: 'payload', value: { type: 'hidden' } };

/**
 * Describes `payload` through the allow-list of `kind`. Refs carry only their id here (see
 * `resolveNames`); a kind without a rule, or a payload that is not an object, shows nothing.
 */
export function describeEntry(kind: string, payload: unknown): EntryDescription {
  const rule = kindRule(kind);
  if (!rule || !isRecord(payload)) return { summary: [HIDDEN], fields: [HIDDEN] };
  const summary: AuditField[] = [];
  const fields: AuditField[] = [];
  for (const fieldRule of rule.fields) {
    const value = showValue(fieldRule, valueAt(payload, fieldRule.path));
    if (!value) continue;
    const shown = { key: fieldRule.key, value };
    fields.push(shown);
    if (fieldRule.summary) summary.push(shown);
  }
  if (rule.sealed) {
    summary.push(SEALED);
    fields.push(SEALED);
  }
  return { summary, fields };
}

function showValue(rule: FieldRule, raw: unknown): AuditValue | null {
  const { shown } = rule;
  switch (shown.as) {
    case 'text':
    case 'code':
      return typeof raw === 'string' && raw !== '' ? { type: shown.as, text: raw } : null;
    case 'number':
      return typeof raw === 'number' && Number.isFinite(raw)
        ? { type: 'number', value: raw }
        : null;
    case 'boolean':
      return typeof raw === 'boolean' ? { type: 'boolean', value: raw } : null;
    case 'count':
      return Array.isArray(raw) ? { type: 'count', value: raw.length } : null;
    case 'ref':
      return typeof raw === 'string' ? { type: 'ref', ref: bareRef(shown.entity, raw) } : null;
    case 'refs':
      return Array.isArray(raw) && raw.every((item) => typeof item === 'string')
        ? { type: 'refs', refs: raw.map((id: string) => bareRef(shown.entity, id)) }
        : null;
  }
}

function bareRef(entity: AuditRef['entity'], id: string): AuditRef {
  return { entity, id, name: null, detail: null };
}

function valueAt(payload: Record<string, unknown>, path: string): unknown {
  let value: unknown = payload;
  for (const part of path.split('.')) {
    if (!isRecord(value) || !Object.hasOwn(value, part)) return undefined;
    value = value[part];
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
