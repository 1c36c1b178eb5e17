/** Where a candidate stands for a component, as a coloured badge: belum, hadir, TH, APS, DIS… */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { ComponentStatus } from '../../../shared/domain/attendance';

// The badge colours the rest of the app already uses: green present, amber late, red out.
const TONE: Record<ComponentStatus, string> = {
  belum: 'badge-none',
  hadir: 'badge-published',
  terlambat: 'badge-warn',
  TH: 'badge-error',
  APS: 'badge-retired',
  DIS: 'badge-error',
};

/** Renders the badge. */
export function ComponentStatusBadge(props: { status: ComponentStatus }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <span className={`badge ${TONE[props.status]}`}>{t(`sessions.statuses.${props.status}`)}</span>
  );
}
