/**
 * What the checker says about the plan as typed: errors (they block saving) in red, warnings
 * (each naming the rule it departs from; they never block) in yellow.
 */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanCheck } from '../../../shared/plan/check-plan';
import { ProblemList } from '../../components/ProblemList';
import { planProblemText } from '../../components/problem-text';

/** The id of the error list, which a blocked Save button points at. */
export const PLAN_ERRORS_ID = 'plan-errors';

/** Renders the errors, the warnings, or that all is well. */
export function PlanChecks(props: { check: PlanCheck; fieldErrors: number }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const { errors, warnings } = props.check;
  const items = (list: PlanCheck['errors'], kind: string) =>
    list.map((problem, index) => ({
      key: `${kind}-${index}-${problem.code}`,
      text: planProblemText(problem, i18n.language),
    }));
  const errorCount = errors.length + props.fieldErrors;
  return (
    <div className="plan-checks">
      {errorCount === 0 && warnings.length === 0 ? (
        <p className="notice notice-ok">{t('plan.checks.ok')}</p>
      ) : null}
      {errorCount > 0 ? (
        <div id={PLAN_ERRORS_ID}>
          <ProblemList
            tone="error"
            title={t('plan.checks.errors', { count: errorCount })}
            items={[
              ...(props.fieldErrors > 0
                ? [
                    {
                      key: 'fields',
                      text: t('plan.checks.fieldErrors', { count: props.fieldErrors }),
                    },
                  ]
                : []),
              ...items(errors, 'error'),
            ]}
          />
        </div>
      ) : null}
      <ProblemList
        tone="warn"
        title={t('plan.checks.warnings', { count: warnings.length })}
        items={items(warnings, 'warning')}
      />
    </div>
  );
}
