/** The status of a rubric version as a coloured badge: Draf, Terbit or Pensiun. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { RubricStatus } from '../../../shared/rubric/rubric';

/** Renders the badge. */
export function RubricStatusBadge(props: { status: RubricStatus }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-${props.status}`}>{t(`rubric.statuses.${props.status}`)}</span>
  );
}
