/**
 * The assessor's queue for the session: each candidate with their attendance badge and where
 * the assessor's own sheet stands. Only present candidates open. ↑/↓ (and Home/End) move
 * through the list, Enter opens; after a submit, focus lands on the next candidate.
 */
import type React from 'react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueItem } from '../../../shared/contract/scoring-contract';
import { useScoring } from '../../state/services';

/** Whether a candidate in the queue can be scored (checked in, on time or late). */
export function isOpenable(item: QueueItem): boolean {
  return item.status === 'hadir' || item.status === 'terlambat';
}

/**
 * Whether the assessor still owes (or has given) a sheet for the candidate: absent, withdrawn
 * and disqualified candidates are not counted in the queue's total.
 */
function isExpected(item: QueueItem): boolean {
  return item.own === 'terkirim' || !['TH', 'APS', 'DIS'].includes(item.status);
}

function queueButtons(list: HTMLElement | null): HTMLButtonElement[] {
  return Array.from(list?.querySelectorAll<HTMLButtonElement>('.queue-item') ?? []);
}

function focusCandidate(list: HTMLElement | null, id: string): void {
  queueButtons(list)
    .find((button) => button.dataset.candidate === id)
    ?.focus();
}

/** Renders the queue. */
export function ScoringQueue(): React.JSX.Element | null {
  const { t } = useTranslation();
  const queue = useScoring((state) => state.queue);
  const status = useScoring((state) => state.queueStatus);
  const candidateId = useScoring((state) => state.candidateId);
  const focusCandidateId = useScoring((state) => state.focusCandidateId);
  const focusConsumed = useScoring((state) => state.focusConsumed);
  const openSheet = useScoring((state) => state.openSheet);
  const listRef = useRef<HTMLUListElement>(null);
  const focusedOnce = useRef(false);

  const buttons = () => queueButtons(listRef.current);

  // When the queue first shows, focus goes to the first candidate still waiting for a sheet.
  useEffect(() => {
    if (status !== 'ready' || focusedOnce.current || candidateId !== null) return;
    focusedOnce.current = true;
    const first = queue.find((item) => isOpenable(item) && item.own !== 'terkirim') ?? queue[0];
    if (first) focusCandidate(listRef.current, first.candidateId);
  }, [status, queue, candidateId]);

  useEffect(() => {
    if (focusCandidateId === null) return;
    focusCandidate(listRef.current, focusCandidateId);
    focusConsumed();
  }, [focusCandidateId, focusConsumed]);

  if (status === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (status !== 'ready') return null;

  const submitted = queue.filter((item) => item.own === 'terkirim').length;
  const expected = queue.filter(isExpected).length;

  const onKeyDown = (event: React.KeyboardEvent) => {
    const all = buttons();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    let to: number | null = null;
    if (event.key === 'ArrowDown') to = Math.min(all.length - 1, at + 1);
    else if (event.key === 'ArrowUp') to = Math.max(0, at - 1);
    else if (event.key === 'Home') to = 0;
    else if (event.key === 'End') to = all.length - 1;
    if (to === null) return;
    event.preventDefault();
    all[to]?.focus();
  };

  return (
    <nav className="scoring-queue" aria-labelledby="queue-title">
      <h2 id="queue-title">{t('scoring.queue.title')}</h2>
      <p className="queue-count" data-testid="queue-count">
        {t('scoring.queue.count', { submitted, total: expected })}
      </p>
      {queue.length === 0 ? <p className="empty-inline">{t('scoring.queue.empty')}</p> : null}
      <ul ref={listRef} className="queue-list" onKeyDown={onKeyDown}>
        {queue.map((item) => {
          const openable = isOpenable(item);
          return (
            <li key={item.candidateId}>
              <button
                type="button"
                className="queue-item"
                data-candidate={item.candidateId}
                aria-current={item.candidateId === candidateId ? 'true' : undefined}
                aria-disabled={openable ? undefined : true}
                onClick={() => {
                  if (openable) void openSheet(item.candidateId);
                }}
              >
                <span className="queue-name">
                  <span className="mono">{item.nomorPeserta}</span> {item.nama}
                </span>
                <span className="badges">
                  <span className={`badge badge-attendance-${item.status}`}>
                    {t(`scoring.attendance.${item.status}`)}
                  </span>
                  <span className={`badge badge-own-${item.own}`}>
                    {item.own === 'terkirim'
                      ? t('scoring.own.terkirim', { version: item.version ?? 1 })
                      : t(`scoring.own.${item.own}`)}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <p className="field-hint">{t('scoring.queue.keys')}</p>
    </nav>
  );
}
