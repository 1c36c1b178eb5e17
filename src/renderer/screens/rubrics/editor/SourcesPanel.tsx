/** The sources of a draft: the regulations and instruments its aspects and anchors come from. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { RUBRIC_LIMITS } from '../../../../shared/rubric/rubric';
import { LineListEditor } from './LineListEditor';

/** Renders the sources panel. */
export function SourcesPanel(props: {
  sources: readonly string[];
  onChange: (sources: string[]) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <div className="panel">
      <LineListEditor
        idPrefix="rf-sources"
        legend={t('rubric.fields.sources')}
        items={props.sources}
        onChange={props.onChange}
        itemLabel={(i) => t('rubric.editor.sourceNamed', { number: i + 1 })}
        removeLabel={(i) => t('rubric.editor.removeSourceNamed', { number: i + 1 })}
        removeText={t('common.delete')}
        addLabel={t('rubric.editor.addSource')}
        emptyText={t('rubric.editor.noSources')}
        max={RUBRIC_LIMITS.sources}
        maxLength={RUBRIC_LIMITS.source}
      />
    </div>
  );
}
