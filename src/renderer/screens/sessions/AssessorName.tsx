/** An assessor as a panel lists them: name and role. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { PanelAssessor } from '../../../shared/domain/session-views';

/** Renders "nama (peran)". */
export function AssessorName(props: { assessor: PanelAssessor }): React.JSX.Element {
  const { t } = useTranslation();
  const { nama, role } = props.assessor;
  return <>{t('sessions.panel.member', { nama, role: t(`sessions.roles.${role}`) })}</>;
}
