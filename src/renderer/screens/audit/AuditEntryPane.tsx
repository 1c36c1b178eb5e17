/** The detail of one journal entry: full hash and previous hash, and its allowed payload fields. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { breakReasonKey, journalKindKey } from '../../components/journal-kind';
import { useFormat } from '../../format/use-format';
import { useAudit } from '../../state/services';
import { useAuditText } from './audit-text';

/** Renders the open entry, or a hint to pick one. */
export function AuditEntryPane(): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useAuditText();
  const detail = useAudit((state) => state.detail);
  const close = useAudit((state) => state.closeDetail);

  if (detail.key === null) {
    return (
      <aside className="detail-pane detail-empty">
        <p>{t('audit.detail.pickOne')}</p>
      </aside>
    );
  }
  const entry = detail.data;
  const kindKey = entry ? journalKindKey(entry.kind) : null;
  return (
    <aside className="detail-pane" aria-labelledby="audit-entry-title">
      <div className="screen-header">
        <h2 id="audit-entry-title">
          {entry ? t('audit.detail.title', { seq: entry.seq }) : t('common.loading')}
        </h2>
        <button type="button" className="button" onClick={close}>
          {t('audit.detail.close')}
        </button>
      </div>
      <ErrorNotice error={detail.error} />
      {entry ? (
        <>
          {entry.broken ? (
            <p className="notice notice-error" role="alert">
              {t('audit.broken', { reason: t(breakReasonKey(entry.broken)) })}
            </p>
          ) : null}
          <h3>{t('audit.detail.facts')}</h3>
          <dl className="facts audit-facts">
            <dt>{t('audit.detail.kind')}</dt>
            <dd>
              {kindKey ? t(kindKey) : entry.kind} <span className="mono muted">{entry.kind}</span>
            </dd>
            <dt>{t('audit.detail.time')}</dt>
            <dd>{format.dateTime(entry.ts)}</dd>
            <dt>{t('audit.detail.device')}</dt>
            <dd className="mono">{entry.device}</dd>
            <dt>{t('audit.detail.seq')}</dt>
            <dd>{format.number(entry.seq)}</dd>
            <dt>{t('audit.detail.hash')}</dt>
            <dd className="mono audit-hash">{entry.hash}</dd>
            <dt>{t('audit.detail.prev')}</dt>
            <dd className="mono audit-hash">{entry.prev}</dd>
            <dt>{t('audit.detail.status')}</dt>
            <dd className={entry.broken ? 'audit-broken' : undefined}>
              {entry.broken ? t(breakReasonKey(entry.broken)) : t('audit.detail.intact')}
            </dd>
          </dl>
          <h3>{t('audit.detail.fields')}</h3>
          <dl className="facts audit-facts" aria-label={t('audit.detail.fields')}>
            {entry.fields.map((field, index) => (
              <div key={`${field.key}-${index}`} className="audit-fact">
                <dt>{text.label(field.key)}</dt>
                <dd>{text.value(field.value)}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </aside>
  );
}
