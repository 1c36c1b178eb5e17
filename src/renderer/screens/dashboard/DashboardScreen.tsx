/** Penilaian › Ringkasan: the chair's dashboard of the active selection (counts only, no scores). */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { NoActiveSelection } from '../../components/NoActiveSelection';
import { useSelections } from '../../state/services';
import { useActiveSelection } from '../../state/use-active-selection';
import { SelectionProgress } from './SelectionProgress';

/** Renders the dashboard, or what to do first when no selection is active. */
export function DashboardScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const selection = useActiveSelection();
  const selectionsStatus = useSelections((state) => state.status);
  if (!selection) {
    return (
      <section className="screen">
        <h1 tabIndex={-1}>{t('dashboard.title')}</h1>
        {selectionsStatus === 'ready' ? (
          <NoActiveSelection />
        ) : (
          <p role="status">{t('common.loading')}</p>
        )}
      </section>
    );
  }
  // A new key per selection: filters and open rows belong to the selection they were set on.
  return <SelectionProgress key={selection.id} selection={selection} />;
}
