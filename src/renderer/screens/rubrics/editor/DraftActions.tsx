/**
 * Save, publish and delete a draft. Saving accepts unfinished work; publishing asks first, says
 * that it cannot be undone, saves any pending change, and hands back the published version.
 */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemsFromZod } from '../../../../shared/rubric/check-rubric';
import { RubricDraftContent, type RubricVersion } from '../../../../shared/rubric/rubric';
import type { RubricFileProblem } from '../../../../shared/rubric/rubric-file';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { rubricProblemsOf } from '../../../components/error-details';
import { ProblemList } from '../../../components/ProblemList';
import { rubricProblemText } from '../../../components/problem-text';
import { useRubrics } from '../../../state/services';
import { focusRubricField } from './rubric-field-focus';

/** Props of {@link DraftActions}. */
export interface DraftActionsProps {
  id: string;
  content: RubricDraftContent;
  dirty: boolean;
  /** Whether the content passes the publish check. */
  publishable: boolean;
  /** The id of the text that says why publishing is not possible yet. */
  blockedById: string;
  onSaved: (content: RubricDraftContent) => void;
  onPublished: (rubric: RubricVersion) => void;
  onDeleted: () => void;
}

type Dialog = 'publish' | 'delete' | null;

/** Renders the buttons, their dialogs, and any refusal. */
export function DraftActions(props: DraftActionsProps): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const saveDraft = useRubrics((state) => state.saveDraft);
  const publish = useRubrics((state) => state.publish);
  const deleteDraft = useRubrics((state) => state.deleteDraft);
  const [busy, setBusy] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [problems, setProblems] = useState<readonly RubricFileProblem[]>([]);

  // Saves if needed; false (with the problems shown) when the draft cannot even be stored.
  const save = async (): Promise<boolean> => {
    const parsed = RubricDraftContent.safeParse(props.content, { reportInput: true });
    if (!parsed.success) {
      setProblems(problemsFromZod(parsed.error.issues));
      return false;
    }
    if (props.dirty) {
      await saveDraft(props.id, props.content);
      props.onSaved(props.content);
    }
    return true;
  };

  const run = async (action: () => Promise<void>) => {
    setDialog(null);
    setBusy(true);
    setError(null);
    setProblems([]);
    setNotice('');
    try {
      await action();
    } catch (refusal) {
      setError(refusal);
      setProblems(rubricProblemsOf(refusal));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="draft-actions">
      <div className="button-column">
        <button
          type="button"
          className="button"
          disabled={busy || !props.dirty}
          onClick={() =>
            void run(async () => {
              if (await save()) setNotice(t('rubric.editor.saved'));
            })
          }
        >
          {busy ? t('common.saving') : t('rubric.editor.save')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={busy || !props.publishable}
          aria-describedby={props.publishable ? undefined : props.blockedById}
          onClick={() => setDialog('publish')}
        >
          {t('rubric.editor.publish')}
        </button>
        <button
          type="button"
          className="button button-danger-outline"
          disabled={busy}
          onClick={() => setDialog('delete')}
        >
          {t('rubric.editor.deleteDraft')}
        </button>
      </div>
      <p role="status" className="status-line">
        {/* A "saved" notice is true only until the next keystroke. */}
        {props.dirty ? t('rubric.editor.unsaved') : notice || t('rubric.editor.allSaved')}
      </p>
      <ErrorNotice error={error} />
      <ProblemList
        tone="error"
        role="alert"
        title={t('rubric.editor.problemsToFix', { count: problems.length })}
        items={problems.map((problem, index) => ({
          key: `${index}`,
          text: rubricProblemText(problem, i18n.language),
          onSelect: () => focusRubricField(problem.path),
        }))}
      />
      {dialog === 'publish' ? (
        <ConfirmDialog
          title={t('rubric.publish.title')}
          message={t('rubric.publish.message')}
          confirmLabel={t('rubric.publish.confirm')}
          cancelLabel={t('common.cancel')}
          onCancel={() => setDialog(null)}
          onConfirm={() =>
            void run(async () => {
              if (await save()) props.onPublished(await publish(props.id));
            })
          }
        />
      ) : null}
      {dialog === 'delete' ? (
        <ConfirmDialog
          title={t('rubric.deleteDraft.title')}
          message={t('rubric.deleteDraft.message')}
          confirmLabel={t('rubric.deleteDraft.confirm')}
          cancelLabel={t('common.cancel')}
          danger
          onCancel={() => setDialog(null)}
          onConfirm={() =>
            void run(async () => {
              await deleteDraft(props.id);
              props.onDeleted();
            })
          }
        />
      ) : null}
    </div>
  );
}
