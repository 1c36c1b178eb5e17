/** "Periksa jurnal": walks every hash chain and says whether it is intact; plus recent entries. */
import type React from 'react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { VerifyReport } from '../../../shared/journal/entry';
import { ErrorNotice } from '../../components/ErrorNotice';
import { JournalKind } from '../../components/JournalKind';
import { breakReasonKey, shortHash } from '../../components/journal-kind';
import { useFormat } from '../../format/use-format';
import { useSystem } from '../../state/services';

/** Renders the journal check and the recent entries. */
export function JournalPanel(): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const verify = useSystem((state) => state.verify);
  const status = useSystem((state) => state.verifyStatus);
  const report = useSystem((state) => state.verifyReport);
  const verifyError = useSystem((state) => state.verifyError);
  const recent = useSystem((state) => state.recent);
  const recentError = useSystem((state) => state.recentError);
  const loadRecent = useSystem((state) => state.loadRecent);

  useEffect(() => {
    void loadRecent();
  }, [loadRecent]);

  return (
    <div className="panel" role="region" aria-labelledby="journal-title">
      <h2 id="journal-title">{t('journal.title')}</h2>
      <p className="muted">{t('journal.intro')}</p>
      <button
        type="button"
        className="button button-primary"
        disabled={status === 'loading'}
        onClick={() => void verify()}
      >
        {status === 'loading' ? t('journal.verifying') : t('journal.verify')}
      </button>
      <div aria-live="polite" data-testid="journal-verify-result">
        {report ? <VerifyResult report={report} /> : null}
      </div>
      <ErrorNotice error={verifyError} />

      <h3>{t('journal.recentTitle')}</h3>
      <ErrorNotice error={recentError} onRetry={() => void loadRecent()} />
      {recent.length === 0 && !recentError ? (
        <p className="muted">{t('journal.noEntries')}</p>
      ) : null}
      {recent.length > 0 ? (
        <div className="table-wrap">
          <table className="table table-compact">
            <caption className="visually-hidden">{t('journal.recentTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('journal.columns.time')}</th>
                <th scope="col">{t('journal.columns.kind')}</th>
                <th scope="col">{t('journal.columns.device')}</th>
                <th scope="col" className="numeric">
                  {t('journal.columns.seq')}
                </th>
                <th scope="col">{t('journal.columns.hash')}</th>
              </tr>
            </thead>
            <tbody>
              {recent.map((entry) => (
                <tr key={entry.hash}>
                  <td>{format.dateTime(entry.ts)}</td>
                  <td>
                    <JournalKind kind={entry.kind} />
                  </td>
                  <td className="mono" title={entry.device}>
                    {entry.device.slice(0, 8)}
                  </td>
                  <td className="numeric">{format.number(entry.seq)}</td>
                  <td className="mono" title={entry.hash}>
                    {shortHash(entry.hash)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}

function VerifyResult({ report }: { report: VerifyReport }): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const summary = {
    entries: format.number(report.entries),
    chains: format.number(report.chains.length),
    count: report.chains.length,
  };
  return (
    <div className={report.ok ? 'notice notice-ok' : 'notice notice-error'}>
      <p className="strong">
        {report.ok ? t('journal.ok', summary) : t('journal.broken', summary)}
      </p>
      {report.firstBreak ? (
        <p>
          {t('journal.firstBreak', {
            device: report.firstBreak.device,
            seq: report.firstBreak.seq,
            reason: t(breakReasonKey(report.firstBreak.reason)),
          })}
        </p>
      ) : null}
      {report.chains.length > 0 ? (
        <table className="table table-compact">
          <caption className="visually-hidden">{t('journal.chainsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('journal.columns.device')}</th>
              <th scope="col" className="numeric">
                {t('journal.columns.entries')}
              </th>
              <th scope="col" className="numeric">
                {t('journal.columns.headSeq')}
              </th>
              <th scope="col">{t('journal.columns.headHash')}</th>
            </tr>
          </thead>
          <tbody>
            {report.chains.map((chain) => (
              <tr key={chain.device}>
                <td className="mono">{chain.device}</td>
                <td className="numeric">{format.number(chain.entries)}</td>
                <td className="numeric">{format.number(chain.headSeq)}</td>
                <td className="mono" title={chain.headHash}>
                  {shortHash(chain.headHash)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
