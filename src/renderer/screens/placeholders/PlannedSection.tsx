/** Hasil before it exists: an honest note of what will come, no fake data. */
import type React from 'react';
import { useTranslation } from 'react-i18next';

/** The sections not built yet. */
export type PlannedSectionName = 'results';

/** Renders the title of the section and what it will do. */
export function PlannedSection(props: { section: PlannedSectionName }): React.JSX.Element {
  const { t } = useTranslation();
  const { section } = props;
  return (
    <section className="screen" aria-labelledby={`${section}-title`}>
      <h1 id={`${section}-title`} tabIndex={-1}>
        {t(`planned.${section}.title`)}
      </h1>
      <div className="empty-state">
        <h2>{t('planned.notYet')}</h2>
        <p>{t(`planned.${section}.body`)}</p>
        <ul className="plain-list">
          <li>{t(`planned.${section}.point1`)}</li>
          <li>{t(`planned.${section}.point2`)}</li>
          <li>{t(`planned.${section}.point3`)}</li>
        </ul>
      </div>
    </section>
  );
}
