/**
 * The caller's own submitted sheet, read-only: the version, whether its signature verifies, who
 * signed it with which key and when, the levels and the score, and "Ubah (amandemen)".
 */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { SheetView } from '../../../shared/domain/sheet';
import type { RubricDraftContent } from '../../../shared/rubric/rubric';
import { useFormat } from '../../format/use-format';
import { useScoring } from '../../state/services';
import { LevelSummary } from './LevelSummary';
import { useAssessor } from './signer';

/** Renders one submitted version with its signature facts. */
export function SignatureFacts(props: { view: SheetView }): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const { content, signatureValid } = props.view;
  const signer = useAssessor(content.signedBy);
  return (
    <dl className="facts sheet-facts">
      <dt>{t('scoring.submitted.version')}</dt>
      <dd>{t('scoring.submitted.versionValue', { version: content.version })}</dd>
      <dt>{t('scoring.submitted.signature')}</dt>
      <dd className={signatureValid ? 'signature-ok' : 'signature-bad'}>
        {signatureValid ? t('scoring.submitted.signatureOk') : t('scoring.submitted.signatureBad')}
      </dd>
      <dt>{t('scoring.submitted.signer')}</dt>
      <dd>
        {signer?.nama ?? content.signedBy}
        {signer ? (
          <span className="mono fingerprint">
            {' '}
            {t('scoring.submitted.fingerprint', { fingerprint: signer.fingerprint })}
          </span>
        ) : null}
      </dd>
      <dt>{t('scoring.submitted.at')}</dt>
      <dd>{format.dateTime(content.submittedAt)}</dd>
    </dl>
  );
}

/** Renders the caller's current submitted version. */
export function SubmittedSheet(props: {
  view: SheetView;
  content: RubricDraftContent;
}): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const startAmendment = useScoring((state) => state.startAmendment);
  const { view } = props;
  const levels = Object.fromEntries(view.content.scores.map((s) => [s.aspect, s.level]));
  const notes = Object.fromEntries(view.content.scores.map((s) => [s.aspect, s.note]));

  return (
    <div className="submitted-sheet" data-testid="submitted-sheet">
      <h3 className="submitted-title">
        {t('scoring.submitted.title', { version: view.content.version })}
      </h3>
      <p className="submitted-total">
        {t('scoring.submitted.total', { score: format.fixed(view.total, 2) })}
      </p>
      <SignatureFacts view={view} />
      <LevelSummary
        content={props.content}
        levels={levels}
        notes={notes}
        caption={t('scoring.submitted.levels')}
      />
      {view.content.note ? (
        <p className="sheet-general-note">
          {t('scoring.submitted.note', { note: view.content.note })}
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" className="button button-large" onClick={() => startAmendment(view)}>
          {t('scoring.amend.action')}
        </button>
      </div>
    </div>
  );
}
