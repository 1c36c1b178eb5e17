/** The sessions whose panel the assessor sits on; picking one loads its queue. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/Field';
import { useFormat } from '../../format/use-format';
import { useScoring } from '../../state/services';

/** Renders the session choice (or why there is none). */
export function SessionPicker(): React.JSX.Element | null {
  const { t } = useTranslation();
  const format = useFormat();
  const sessions = useScoring((state) => state.sessions);
  const status = useScoring((state) => state.sessionsStatus);
  const sessionId = useScoring((state) => state.sessionId);
  const pick = useScoring((state) => state.pickSession);
  if (status === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (status !== 'ready') return null;
  if (sessions.length === 0) {
    return (
      <div className="empty-state">
        <p>{t('scoring.session.none')}</p>
      </div>
    );
  }
  return (
    <SelectField
      id="scoring-session"
      label={t('scoring.session.label')}
      value={sessionId ?? ''}
      onChange={(value) => void pick(value === '' ? null : value)}
      options={[
        ...(sessionId === null ? [{ value: '', label: t('scoring.session.choose') }] : []),
        ...sessions.map((session) => ({
          value: session.id,
          label: t('scoring.session.option', {
            date: format.date(session.date),
            time: session.startTime,
            room: session.room,
            component: session.componentLabel,
            formasi: session.formasiCode,
            jabatan: session.jabatan,
          }),
        })),
      ]}
    />
  );
}
