/** Exports the entries that match the filters as CSV, in the UI language, scores still sealed. */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditRow } from '../../../shared/audit/audit-view';
import { MAX_AUDIT_PAGE } from '../../../shared/contract/audit-contract';
import { downloadText } from '../../components/download-text';
import { ErrorNotice } from '../../components/ErrorNotice';
import { breakReasonKey, journalKindKey } from '../../components/journal-kind';
import { useFormat } from '../../format/use-format';
import { localDayStart } from '../../state/audit-store';
import { useAudit, useServices } from '../../state/services';
import { toCsv } from './audit-csv';
import { useAuditText } from './audit-text';

/** Renders the export button. */
export function AuditExport(): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useAuditText();
  const { api } = useServices();
  const filters = useAudit((state) => state.filters);
  const total = useAudit((state) => state.total);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const rows: AuditRow[] = [];
      // The same filters as the list, fetched page by page; the server caps each page.
      for (let offset = 0; ; offset += MAX_AUDIT_PAGE) {
        const page = await api['audit:list']({
          domain: filters.domain,
          device: filters.device,
          text: filters.text.trim().slice(0, 100),
          from: localDayStart(filters.fromDate),
          to: localDayStart(filters.toDate, 1),
          offset,
          limit: MAX_AUDIT_PAGE,
        });
        rows.push(...page.rows);
        if (page.rows.length < MAX_AUDIT_PAGE || rows.length >= page.total) break;
      }
      const header = [
        'time',
        'device',
        'seq',
        'kind',
        'kindCode',
        'summary',
        'hash',
        'prev',
        'broken',
      ] as const;
      const csv = toCsv(
        header.map((key) => t(`audit.csv.${key}`)),
        rows.map((row) => {
          const kindKey = journalKindKey(row.kind);
          return [
            format.dateTime(row.ts),
            row.device,
            String(row.seq),
            kindKey ? t(kindKey) : row.kind,
            row.kind,
            text.summary(row.summary),
            row.hash,
            row.prev,
            row.broken ? t(breakReasonKey(row.broken)) : '',
          ];
        }),
      );
      downloadText(t('audit.exportFile'), csv, 'text/csv');
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="button" disabled={busy || !total} onClick={() => void run()}>
        {busy ? t('audit.exporting') : t('audit.export')}
      </button>
      <ErrorNotice error={error} />
    </>
  );
}
