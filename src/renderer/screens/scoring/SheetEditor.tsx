/**
 * The sheet being filled in (or amended): the rubric with the anchors of every level, the whole
 * sheet or one aspect at a time, the autosave state, what is still missing, and "Kirim", which
 * asks for the PIN (Ctrl+Enter opens it from anywhere on the sheet).
 */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScoringSheet } from '../../../shared/contract/scoring-contract';
import { TextAreaField } from '../../components/Field';
import { RubricSheet } from '../../components/rubric-sheet/RubricSheet';
import { sheetProgress } from '../../components/rubric-sheet/sheet-values';
import { useFormat } from '../../format/use-format';
import { useScoring } from '../../state/services';
import { LevelSummary } from './LevelSummary';
import { SaveStatus } from './SaveStatus';
import { SignDialog } from './SignDialog';
import { checkSheet, entryFromValues } from './sheet-check';

/** Renders the editable sheet of `sheet` (the store holds what is entered). */
export function SheetEditor(props: { sheet: ScoringSheet }): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const entry = useScoring((state) => state.entry);
  const edit = useScoring((state) => state.edit);
  const amending = useScoring((state) => state.amending);
  const submit = useScoring((state) => state.submit);
  const amend = useScoring((state) => state.amend);
  const cancelAmendment = useScoring((state) => state.cancelAmendment);
  const [mode, setMode] = useState<'all' | 'single'>('all');
  const [signing, setSigning] = useState(false);
  const { content } = props.sheet.rubric;
  const check = checkSheet(content, entry);
  const score = sheetProgress(content, entry.levels).score;
  const codes = (list: string[]) => list.join(', ');

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && check.complete) {
      event.preventDefault();
      setSigning(true);
    }
  };

  return (
    <div className="sheet-editor" onKeyDown={onKeyDown}>
      {amending ? (
        <div className="notice notice-warn" role="note">
          <p>{t('scoring.amend.banner')}</p>
        </div>
      ) : null}
      <div className="sheet-toolbar">
        <div className="segmented" role="group" aria-label={t('scoring.mode.label')}>
          <button
            type="button"
            className="button"
            aria-pressed={mode === 'all'}
            onClick={() => setMode('all')}
          >
            {t('scoring.mode.all')}
          </button>
          <button
            type="button"
            className="button"
            aria-pressed={mode === 'single'}
            onClick={() => setMode('single')}
          >
            {t('scoring.mode.single')}
          </button>
        </div>
        {amending ? null : <SaveStatus />}
      </div>
      <RubricSheet
        key={`${props.sheet.candidate.id}-${amending?.sheetId ?? 'draft'}`}
        content={content}
        values={entry}
        mode={mode}
        autoFocus
        keysHint={t('scoring.keysHint')}
        onChange={(values) => edit(entryFromValues(values.levels, values.notes, entry.note))}
      />
      <TextAreaField
        id="scoring-general-note"
        label={t('scoring.generalNote')}
        rows={3}
        maxLength={2000}
        value={entry.note}
        onChange={(note) => edit({ ...entry, note })}
      />
      <div className="sheet-submit">
        <p id="sheet-check" role="status" className={check.complete ? 'check-ok' : 'check-open'}>
          {check.complete ? t('scoring.check.complete') : null}
          {check.missing.length > 0
            ? t('scoring.check.missing', {
                count: check.missing.length,
                aspects: codes(check.missing),
              })
            : null}
          {check.missing.length > 0 && check.notesMissing.length > 0 ? ' ' : null}
          {check.notesMissing.length > 0
            ? t('scoring.check.notes', { aspects: codes(check.notesMissing) })
            : null}
        </p>
        <div className="button-row">
          {amending ? (
            <button type="button" className="button button-large" onClick={cancelAmendment}>
              {t('scoring.amend.cancel')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button-primary button-large"
            disabled={!check.complete}
            aria-describedby="sheet-check"
            aria-keyshortcuts="Control+Enter"
            onClick={() => setSigning(true)}
          >
            {amending ? t('scoring.amend.submit') : t('scoring.submit.action')}
          </button>
        </div>
      </div>
      {signing ? (
        <SignDialog
          title={amending ? t('scoring.amend.title') : t('scoring.submit.title')}
          message={t('scoring.submit.message', {
            nama: props.sheet.candidate.nama,
            score: score === null ? t('common.none') : format.fixed(score, 2),
          })}
          confirmLabel={amending ? t('scoring.amend.confirm') : t('scoring.submit.confirm')}
          withReason={amending !== null}
          onCancel={() => setSigning(false)}
          onConfirm={async (pin, reason) => {
            if (amending) await amend(pin, reason);
            else await submit(pin);
          }}
        >
          <LevelSummary
            content={content}
            levels={entry.levels}
            notes={entry.notes}
            caption={t('scoring.submit.levels')}
          />
        </SignDialog>
      ) : null}
    </div>
  );
}
