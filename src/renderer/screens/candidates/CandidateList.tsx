/**
 * The virtualised candidate list: only the rows on screen exist in the DOM, and their pages are
 * fetched as the user scrolls. Keyboard: arrows, Page Up/Down, Home/End move; Enter opens.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import type React from 'react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { candidatePath } from '../../app/paths';
import { maskNik } from '../../format/mask-nik';
import { useFormat } from '../../format/use-format';
import { rowAt } from '../../state/candidate-store';
import { useCandidates } from '../../state/services';

/** Height of one row in pixels (fixed, so nothing is measured while scrolling). */
export const ROW_HEIGHT = 44;

const PAGE_KEYS: Record<string, (index: number, pageRows: number, count: number) => number> = {
  ArrowDown: (index) => index + 1,
  ArrowUp: (index) => index - 1,
  PageDown: (index, page) => index + page,
  PageUp: (index, page) => index - page,
  Home: () => 0,
  End: (_index, _page, count) => count - 1,
};

/** Renders the list; `selectedId` is the candidate whose detail is open. */
export function CandidateList(props: { selectedId: string | null }): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const total = useCandidates((state) => state.total) ?? 0;
  const pages = useCandidates((state) => state.pages);
  const shownGeneration = useCandidates((state) => state.shownGeneration);
  const ensureRange = useCandidates((state) => state.ensureRange);
  const scrollRef = useRef<HTMLDivElement>(null);
  // Roving tab stop: one row is in the Tab order; arrows move it.
  const [activeIndex, setActiveIndex] = useState(0);
  const [focusRequest, setFocusRequest] = useState<number | null>(null);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // flushSync from inside React's own effects only earns a warning in React 19; the default
    // batched re-render keeps up with scrolling, and overscan covers the frame in between.
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (total > 0) ensureRange(first, last);
  }, [first, last, total, shownGeneration, ensureRange]);

  // After a key moved the tab stop, focus its row once the virtualizer has rendered it.
  useEffect(() => {
    if (focusRequest === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${focusRequest}"] a`);
    if (row) row.focus();
  }, [focusRequest, items]);

  // A new search starts again at the top.
  const [seenGeneration, setSeenGeneration] = useState(shownGeneration);
  if (seenGeneration !== shownGeneration) {
    setSeenGeneration(shownGeneration);
    setActiveIndex(0);
  }

  const onKeyDown = (event: React.KeyboardEvent) => {
    const move = PAGE_KEYS[event.key];
    if (!move || total === 0) return;
    event.preventDefault();
    const pageRows = Math.max(
      1,
      Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1,
    );
    const next = Math.min(total - 1, Math.max(0, move(activeIndex, pageRows, total)));
    setActiveIndex(next);
    setFocusRequest(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const activeRendered = items.some(
    (item) => item.index === activeIndex && rowAt({ pages }, item.index),
  );

  return (
    <div className="candidate-list">
      <div className="list-head" aria-hidden="true">
        <span>{t('candidate.fields.nomorPeserta')}</span>
        <span>{t('candidate.fields.nama')}</span>
        <span>{t('candidate.fields.nik')}</span>
        <span>{t('candidate.fields.jenisKelaminShort')}</span>
        <span>{t('candidate.fields.formasi')}</span>
        <span className="numeric">{t('candidate.fields.skdTotal')}</span>
      </div>
      <div
        ref={scrollRef}
        className="list-scroll"
        role="list"
        aria-label={t('candidates.listLabel')}
        // When the tab stop has scrolled out of the DOM, the list itself takes the tab stop.
        tabIndex={activeRendered ? -1 : 0}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          if (event.target !== event.currentTarget) return;
          const firstVisible = items.find((item) => rowAt({ pages }, item.index));
          if (firstVisible) {
            setActiveIndex(firstVisible.index);
            setFocusRequest(firstVisible.index);
          }
        }}
      >
        <div className="list-canvas" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rowAt({ pages }, item.index);
            return (
              <div
                key={item.key}
                role="listitem"
                aria-setsize={total}
                aria-posinset={item.index + 1}
                data-index={item.index}
                className="list-row"
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              >
                {row ? (
                  <Link
                    to={candidatePath(row.id)}
                    className="list-link"
                    tabIndex={item.index === activeIndex ? 0 : -1}
                    aria-current={row.id === props.selectedId ? 'true' : undefined}
                    aria-label={t('candidates.rowLabel', {
                      nama: row.nama,
                      nomor: row.nomorPeserta,
                      formasi: row.formasiCode,
                    })}
                    onFocus={() => setActiveIndex(item.index)}
                  >
                    <span className="mono">{row.nomorPeserta}</span>
                    <span className="strong">{row.nama}</span>
                    <span className="mono">{maskNik(row.nik)}</span>
                    <span>{t(`candidate.genderShort.${row.jenisKelamin}`)}</span>
                    <span title={row.jabatan}>{row.formasiCode}</span>
                    <span className="numeric">
                      {row.skdTotal === null ? '–' : format.number(row.skdTotal)}
                    </span>
                  </Link>
                ) : (
                  <span className="list-loading">{t('common.loading')}</span>
                )}
              </div>
            );
          })}
        </div>
        {total === 0 && shownGeneration > 0 ? (
          <p className="empty-inline">{t('candidates.noMatch')}</p>
        ) : null}
      </div>
    </div>
  );
}
