/** The chain check at the top of the audit trail: green when every link verifies, red if not. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFormat } from '../../format/use-format';
import { useAudit } from '../../state/services';

/** Renders the banner with a button to check again. */
export function ChainBanner(): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const status = useAudit((state) => state.verifyStatus);
  const report = useAudit((state) => state.report);
  const error = useAudit((state) => state.verifyError);
  const verify = useAudit((state) => state.verify);
  const again = (
    <button
      type="button"
      className="button"
      disabled={status === 'loading'}
      onClick={() => void verify()}
    >
      {t('audit.verifyAgain')}
    </button>
  );

  if (error) return <ErrorNotice error={error} onRetry={() => void verify()} />;
  if (!report) {
    return (
      <p role="status" className="notice">
        {t('audit.verifying')}
      </p>
    );
  }
  const values = {
    entries: format.number(report.entries),
    devices: format.number(report.chains.length),
    broken: format.number(report.brokenCount),
  };
  if (report.ok) {
    return (
      <div className="notice notice-ok audit-banner" role="status" data-testid="chain-status">
        <p className="strong">{t('audit.chainOk', { ...values, count: report.chains.length })}</p>
        {again}
      </div>
    );
  }
  return (
    <div className="notice notice-error audit-banner" role="alert" data-testid="chain-status">
      <p className="strong">{t('audit.chainBroken', { ...values, count: report.brokenCount })}</p>
      <p>{t('audit.brokenAdvice')}</p>
      {again}
    </div>
  );
}
