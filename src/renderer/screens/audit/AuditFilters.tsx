/** The filters of the audit trail: kind, free text, device and a date range. */
import type React from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_DOMAINS, AuditDomain } from '../../../shared/audit/audit-view';
import { useFormat } from '../../format/use-format';
import { NO_AUDIT_FILTERS } from '../../state/audit-store';
import { useAudit } from '../../state/services';
import { shortId } from './audit-text';

/** How long typing must pause before the list is searched again. */
export const AUDIT_SEARCH_DEBOUNCE_MS = 150;

/** Renders the filter bar and the number of matching entries. */
export function AuditFilters(): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const filters = useAudit((state) => state.filters);
  const setFilters = useAudit((state) => state.setFilters);
  const total = useAudit((state) => state.total);
  const chains = useAudit((state) => state.report?.chains ?? null);
  const [text, setText] = useState(filters.text);

  // Each search walks the summaries in the main process; wait for a pause in the typing.
  useEffect(() => {
    if (text === filters.text) return;
    const timer = setTimeout(() => setFilters({ text }), AUDIT_SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, filters.text, setFilters]);

  return (
    <div className="toolbar audit-toolbar" role="search" aria-label={t('audit.filtersLabel')}>
      <div className="field">
        <label htmlFor="audit-kind">{t('audit.filterKind')}</label>
        <select
          id="audit-kind"
          value={filters.domain ?? ''}
          onChange={(event) => {
            const parsed = AuditDomain.safeParse(event.target.value);
            setFilters({ domain: parsed.success ? parsed.data : null });
          }}
        >
          <option value="">{t('audit.allKinds')}</option>
          {AUDIT_DOMAINS.map((domain) => (
            <option key={domain} value={domain}>
              {t(`audit.domains.${domain}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-grow">
        <label htmlFor="audit-text">{t('audit.filterText')}</label>
        <input
          id="audit-text"
          type="search"
          value={text}
          maxLength={100}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('audit.filterTextPlaceholder')}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="audit-device">{t('audit.filterDevice')}</label>
        <select
          id="audit-device"
          value={filters.device}
          onChange={(event) => setFilters({ device: event.target.value })}
        >
          <option value="">{t('audit.allDevices')}</option>
          {(chains ?? []).map((chain) => (
            <option key={chain.device} value={chain.device}>
              {shortId(chain.device)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-from">{t('audit.filterFrom')}</label>
        <input
          id="audit-from"
          type="date"
          value={filters.fromDate}
          onChange={(event) => setFilters({ fromDate: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="audit-to">{t('audit.filterTo')}</label>
        <input
          id="audit-to"
          type="date"
          value={filters.toDate}
          onChange={(event) => setFilters({ toDate: event.target.value })}
        />
      </div>
      <button
        type="button"
        className="button"
        onClick={() => {
          setText('');
          setFilters(NO_AUDIT_FILTERS);
        }}
      >
        {t('audit.clearFilters')}
      </button>
      <p className="result-count" role="status" aria-live="polite" data-testid="audit-total">
        {total === null ? '' : t('audit.total', { count: total, formatted: format.number(total) })}
      </p>
    </div>
  );
}
