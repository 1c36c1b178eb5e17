/** The state of a formasi's plan in badges: none, saved, errors, warnings, locked. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { FormasiPlanView } from '../../../shared/plan/plan-view';

/** Renders the badges of `view`. */
export function PlanStatus(props: { view: FormasiPlanView }): React.JSX.Element {
  const { t } = useTranslation();
  const { plan, errors, warnings, lockedAt } = props.view;
  if (plan === null) return <span className="badge badge-none">{t('plan.status.none')}</span>;
  return (
    <span className="badges">
      {errors.length > 0 ? (
        <span className="badge badge-error">
          {t('plan.status.errors', { count: errors.length })}
        </span>
      ) : (
        <span className="badge">{t('plan.status.saved')}</span>
      )}
      {warnings.length > 0 ? (
        <span className="badge badge-warn">
          {t('plan.status.warnings', { count: warnings.length })}
        </span>
      ) : null}
      {lockedAt !== null ? (
        <span className="badge badge-locked">{t('plan.status.locked')}</span>
      ) : null}
    </span>
  );
}
