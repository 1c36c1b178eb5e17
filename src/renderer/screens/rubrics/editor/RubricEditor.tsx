/**
 * The editor of a draft: its fields and aspects on the left; on the right, always in view, the
 * live weight check, what still stops publishing, and the actions. The preview tab shows the
 * draft as typed, before it is saved.
 */
import type React from 'react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkRubricContent } from '../../../../shared/rubric/check-rubric';
import type { RubricVersion } from '../../../../shared/rubric/rubric';
import { ProblemList } from '../../../components/ProblemList';
import { rubricProblemText } from '../../../components/problem-text';
import { UnsavedChangesGuard } from '../../../components/UnsavedChangesGuard';
import { RubricViews } from '../RubricViews';
import type { RubricView } from '../ViewTabs';
import { AspectList, type AspectsUpdate } from './AspectList';
import { DraftActions } from './DraftActions';
import { GeneralFields } from './GeneralFields';
import { evenlyWeighted, fromContent, toContent } from './rubric-form';
import { focusRubricField } from './rubric-field-focus';
import { SourcesPanel } from './SourcesPanel';
import { WeightCheck } from './WeightCheck';

const BLOCKED_ID = 'publish-blocked';

/** Renders the editor of the draft `rubric`. */
export function RubricEditor(props: {
  rubric: RubricVersion;
  onPublished: (rubric: RubricVersion) => void;
  onDeleted: () => void;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState(() => fromContent(props.rubric.content));
  const [baseline, setBaseline] = useState(() => JSON.stringify(toContent(form)));
  const [view, setView] = useState<RubricView>('content');
  const content = useMemo(() => toContent(form), [form]);
  const check = useMemo(() => checkRubricContent(content), [content]);
  const problems = check.ok ? [] : check.problems;
  const dirty = JSON.stringify(content) !== baseline;
  const setAspects = useCallback<AspectsUpdate>(
    (update) => setForm((old) => ({ ...old, aspects: update(old.aspects) })),
    [],
  );

  const jumpTo = (path: readonly (string | number)[]) => {
    setView('content');
    // After the content tab is back on screen.
    setTimeout(() => focusRubricField(path), 0);
  };

  return (
    <>
      <UnsavedChangesGuard when={dirty} />
      <RubricViews
        view={view}
        onView={setView}
        contentLabel={t('rubric.editor.tab')}
        previewContent={content}
        content={
          <>
            <GeneralFields
              form={form}
              onChange={(patch) => setForm((old) => ({ ...old, ...patch }))}
            />
            <AspectList aspects={form.aspects} setAspects={setAspects} />
            <SourcesPanel
              sources={form.sources}
              onChange={(sources) => setForm((old) => ({ ...old, sources }))}
            />
          </>
        }
        side={
          <>
            <WeightCheck
              weights={content.aspects.map((aspect) => aspect.weight)}
              onEven={() => setForm((old) => ({ ...old, aspects: evenlyWeighted(old.aspects) }))}
            />
            {problems.length === 0 ? (
              <p className="notice notice-ok">{t('rubric.editor.readyToPublish')}</p>
            ) : (
              <ProblemList
                id={BLOCKED_ID}
                tone="warn"
                title={t('rubric.editor.notPublishable', { count: problems.length })}
                items={problems.map((problem, index) => ({
                  key: `${index}-${problem.path.join('.')}-${problem.code}`,
                  text: rubricProblemText(problem, i18n.language),
                  onSelect: () => jumpTo(problem.path),
                }))}
              />
            )}
            <DraftActions
              id={props.rubric.id}
              content={content}
              dirty={dirty}
              publishable={problems.length === 0}
              blockedById={BLOCKED_ID}
              onSaved={(saved) => setBaseline(JSON.stringify(saved))}
              onPublished={props.onPublished}
              onDeleted={props.onDeleted}
            />
          </>
        }
      />
    </>
  );
}
