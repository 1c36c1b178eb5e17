/** The outcome of an import: how many sheets were written and who signed them. */
import type React from 'react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaperReport } from '../../../shared/domain/paper-report';
import { useFormat } from '../../format/use-format';

/** Renders the success message; focus moves to it, as the button that led here is gone. */
export function PaperResult(props: { report: PaperReport }): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const ref = useRef<HTMLDivElement>(null);
  const { report } = props;

  useEffect(() => ref.current?.focus(), []);

  return (
    <div ref={ref} className="notice notice-ok" tabIndex={-1} data-testid="paper-result">
      <p className="strong">
        {t('paper.result.imported', {
          count: report.imported,
          formatted: format.number(report.imported),
          nama: report.operatorB.nama,
        })}
      </p>
      <p>{t('paper.result.keepPaper')}</p>
    </div>
  );
}
