/** Turns the structured, redacted audit view into text in the UI language. */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuditField, AuditRef, AuditValue } from '../../../shared/audit/audit-view';
import { formatNumber } from '../../format/format';

/** The field labels this build knows (`audit.fields.*`); the core's allow-list uses these keys. */
const FIELD_KEYS = [
  'selection',
  'name',
  'year',
  'type',
  'instansi',
  'location',
  'code',
  'jabatan',
  'unit',
  'pendidikan',
  'quota',
  'formasi',
  'fileName',
  'candidates',
  'skippedRows',
  'fileSha256',
  'import',
  'rubric',
  'version',
  'origin',
  'rubricStatus',
  'contentHash',
  'components',
  'reason',
  'note',
  'role',
  'nip',
  'fingerprint',
  'keyVersion',
  'assessor',
  'resetBy',
  'statementVersion',
  'statementHash',
  'candidate',
  'conflictKind',
  'date',
  'startTime',
  'room',
  'componentKey',
  'session',
  'candidateList',
  'panel',
  'pool',
  'size',
  'seed',
  'algorithm',
  'attendance',
  'identityChecked',
  'document',
  'at',
  'candidateStatus',
  'sheet',
  'signer',
  'sealed',
  'payload',
  'incident',
  'recordedBy',
  'label',
  'office',
  'signerFingerprint',
  'bundleHash',
  'device',
  'seq',
  'mergeId',
  'quarantineItem',
  'decision',
] as const;
type FieldKey = (typeof FIELD_KEYS)[number];

function isFieldKey(key: string): key is FieldKey {
  return (FIELD_KEYS as readonly string[]).includes(key);
}

/** Formatters of audit fields bound to one language. */
export interface AuditText {
  label(key: string): string;
  value(value: AuditValue): string;
  /** One line for the list: "Label: value · …"; markers (sealed, hidden) without a label. */
  summary(fields: readonly AuditField[]): string;
}

/** The id as far as a person compares it by eye. */
export function shortId(id: string): string {
  return id.slice(0, 8);
}

/** Audit text in the language of `t`. */
export function auditText(t: TFunction, language: string): AuditText {
  const ref = (item: AuditRef): string => {
    if (item.name === null) return t('audit.values.unknownRef', { id: shortId(item.id) });
    const values = { name: item.name, detail: item.detail ?? '' };
    if (item.detail === null) return item.name;
    if (item.entity === 'candidate') return t('audit.values.candidate', values);
    if (item.entity === 'rubric') return t('audit.values.rubric', values);
    if (item.entity === 'session') return t('audit.values.session', values);
    return item.name;
  };
  const value = (shown: AuditValue): string => {
    switch (shown.type) {
      case 'text':
      case 'code':
        return shown.text;
      case 'number':
      case 'count':
        return formatNumber(shown.value, language, 3);
      case 'boolean':
        return shown.value ? t('audit.values.yes') : t('audit.values.no');
      case 'ref':
        return ref(shown.ref);
      case 'refs':
        return shown.refs.map(ref).join(', ');
      case 'sealed':
        return t('audit.values.sealed');
      case 'hidden':
        return t('audit.values.hidden');
    }
  };
  const label = (key: string): string => (isFieldKey(key) ? t(`audit.fields.${key}`) : key);
  return {
    label,
    value,
    summary: (fields) =>
      fields
        .map((field) =>
          field.value.type === 'sealed' || field.value.type === 'hidden'
            ? value(field.value)
            : `${label(field.key)}: ${value(field.value)}`,
        )
        .join(' · '),
  };
}

/** Audit text in the current UI language. */
export function useAuditText(): AuditText {
  const { t, i18n } = useTranslation();
  return auditText(t, i18n.language);
}
