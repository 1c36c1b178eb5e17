/**
 * "Impor N lembar yang cocok": asks operator B's PIN, which signs every imported sheet. Disabled,
 * with the reason next to it, while any row has a problem (the import is all or nothing) or when
 * no sheet is ready.
 */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaperReport } from '../../../shared/domain/paper-report';
import { useFormat } from '../../format/use-format';
import { readyCount } from '../../state/paper-store';
import { usePaper } from '../../state/services';
import { SignDialog } from '../scoring/SignDialog';

/** Renders the import button of a checked report, and its PIN prompt when open. */
export function PaperImportAction(props: { report: PaperReport }): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const stage = usePaper((state) => state.stage);
  const importMatching = usePaper((state) => state.importMatching);
  const [signing, setSigning] = useState(false);
  const { report } = props;
  const ready = readyCount(report);
  const problems = report.problems.length;
  const mismatched = new Set(report.mismatches.map((m) => `${m.lineA}:${m.lineB}`)).size;
  const blocked = problems > 0 || ready === 0;
  const busy = stage !== 'checked';

  return (
    <div className="panel action-panel">
      {problems > 0 ? (
        <p className="notice notice-warn" id="paper-import-blocked">
          {t('paper.import.blockedProblems', {
            count: problems,
            formatted: format.number(problems),
          })}
        </p>
      ) : ready === 0 ? (
        <p className="notice notice-warn" id="paper-import-blocked">
          {t('paper.import.nothingReady')}
        </p>
      ) : (
        <p className="notice notice-ok">
          {t('paper.import.ready', { count: ready, formatted: format.number(ready) })}
        </p>
      )}
      {mismatched > 0 || report.oneSided.length > 0 ? (
        <p className="muted">
          {t('paper.import.notIncluded', {
            mismatched: format.number(mismatched),
            oneSided: format.number(report.oneSided.length),
          })}
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={blocked || busy}
          aria-describedby={blocked ? 'paper-import-blocked' : undefined}
          onClick={() => setSigning(true)}
        >
          {t('paper.import.button', { count: ready, formatted: format.number(ready) })}
        </button>
      </div>
      {signing ? (
        <SignDialog
          title={t('paper.import.dialogTitle', { count: ready, formatted: format.number(ready) })}
          message={t('paper.import.dialogMessage', {
            verifier: report.operatorB.nama,
            enteredBy: report.operatorA.nama,
          })}
          confirmLabel={t('paper.import.confirm')}
          pinLabel={t('paper.import.pin', { nama: report.operatorB.nama })}
          withReason={false}
          onCancel={() => setSigning(false)}
          onConfirm={async (pin) => {
            // A refusal (a wrong PIN above all) is thrown here and shown in the dialog.
            await importMatching(pin);
            setSigning(false);
          }}
        />
      ) : null}
    </div>
  );
}
