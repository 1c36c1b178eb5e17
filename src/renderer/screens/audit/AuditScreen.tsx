/** Jejak audit: every journal entry, filterable, with the chain verified and breaks in red. */
import type React from 'react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAudit } from '../../state/services';
import { AuditEntryPane } from './AuditEntryPane';
import { AuditExport } from './AuditExport';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { ChainBanner } from './ChainBanner';

/** Renders the audit trail screen. */
export function AuditScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const load = useAudit((state) => state.load);
  const error = useAudit((state) => state.error);
  const refresh = useAudit((state) => state.refresh);

  // Every visit checks the chains again: the file may have changed since the last look.
  useEffect(() => load(), [load]);

  return (
    <section className="screen screen-fill" aria-labelledby="audit-title">
      <div className="screen-header">
        <h1 id="audit-title" tabIndex={-1}>
          {t('audit.title')}
        </h1>
        <AuditExport />
      </div>
      <p className="muted">{t('audit.intro')}</p>
      <ChainBanner />
      <AuditFilters />
      <ErrorNotice error={error} onRetry={refresh} />
      <div className="split">
        <AuditTable />
        <AuditEntryPane />
      </div>
    </section>
  );
}
