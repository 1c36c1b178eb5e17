/** One scheduled candidate at the attendance desk: status, identity, time, panel, and actions. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionCandidateView } from '../../../shared/domain/session-views';
import { useFormat } from '../../format/use-format';
import { ComponentStatusBadge } from './ComponentStatusBadge';
import type { DeskAction } from './desk-keys';
import { formatClock } from './format-time';

/** Props of {@link DeskRow}. */
export interface DeskRowProps {
  candidate: SessionCandidateView;
  minAssessors: number | null;
  active: boolean;
  onFocus: () => void;
  onKeyDown: (event: React.KeyboardEvent<HTMLTableRowElement>) => void;
  onAction: (action: DeskAction) => void;
  onHistory: () => void;
  onStatus: () => void;
  ref?: React.Ref<HTMLTableRowElement>;
}

const BUTTONS = [
  { action: 'hadir', label: 'sessions.desk.actions.hadir' },
  { action: 'terlambat', label: 'sessions.desk.actions.terlambat' },
  { action: 'tidak_hadir', label: 'sessions.desk.actions.tidakHadir' },
] as const;

/** Renders the row; it takes focus so the desk's keys act on it. */
export function DeskRow({ ref, ...props }: DeskRowProps): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { candidate, minAssessors } = props;
  const { attendance, nama } = candidate;
  const named = (action: string) => t('sessions.desk.actionNamed', { action, nama });
  const identityLabel = t('sessions.desk.actions.identity');
  return (
    <tr
      ref={ref}
      tabIndex={props.active ? 0 : -1}
      className={props.active ? 'desk-row row-active' : 'desk-row'}
      aria-label={t('sessions.desk.rowLabel', { nomor: candidate.nomorPeserta, nama })}
      onFocus={props.onFocus}
      onKeyDown={props.onKeyDown}
    >
      <td className="mono">{candidate.nomorPeserta}</td>
      <th scope="row">{nama}</th>
      <td>
        <ComponentStatusBadge status={candidate.status} />
        {candidate.candidateStatus.reason && candidate.status !== 'belum' ? (
          <span className="field-hint">{candidate.candidateStatus.reason}</span>
        ) : null}
      </td>
      <td>
        {attendance?.identityChecked && attendance.document
          ? t('sessions.desk.identityChecked', {
              document: t(`sessions.documents.${attendance.document}`),
            })
          : t('sessions.desk.identityNotChecked')}
      </td>
      <td>{attendance ? formatClock(attendance.at, i18n.language) : t('common.none')}</td>
      <td>
        {format.number(candidate.effectivePanelSize)}
        {candidate.belowMinimum && minAssessors !== null ? (
          <span className="badge badge-warn">
            {t('sessions.desk.belowMinimum', {
              size: candidate.effectivePanelSize,
              min: minAssessors,
            })}
          </span>
        ) : null}
      </td>
      <td className="actions">
        {BUTTONS.map(({ action, label }) => (
          <button
            key={action}
            type="button"
            className="button button-small"
            aria-label={named(t(label))}
            onClick={() => props.onAction(action)}
          >
            {t(label)}
          </button>
        ))}
        <button
          type="button"
          className="button button-small"
          aria-pressed={attendance?.identityChecked ?? false}
          aria-label={named(identityLabel)}
          onClick={() => props.onAction('identity')}
        >
          {identityLabel}
        </button>
        <button
          type="button"
          className="button button-small"
          aria-label={named(t('sessions.desk.actions.history'))}
          onClick={props.onHistory}
        >
          {t('sessions.desk.actions.history')}
        </button>
        <button
          type="button"
          className="button button-small"
          aria-label={named(t('sessions.desk.actions.status'))}
          onClick={props.onStatus}
        >
          {t('sessions.desk.actions.status')}
        </button>
      </td>
    </tr>
  );
}
