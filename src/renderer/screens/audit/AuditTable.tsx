/**
 * The virtualised list of journal entries: only the rows on screen exist in the DOM, and their
 * pages are fetched as the user scrolls. Broken entries are red with the reason. Keyboard:
 * arrows, Page Up/Down, Home/End move; Enter (or a click) opens the entry.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import type React from 'react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditRow } from '../../../shared/audit/audit-view';
import { breakReasonKey, journalKindKey, shortHash } from '../../components/journal-kind';
import { useFormat } from '../../format/use-format';
import { auditRowAt, entryKey } from '../../state/audit-store';
import { useAudit } from '../../state/services';
import { shortId, useAuditText } from './audit-text';

/** Height of one row in pixels (fixed, so nothing is measured while scrolling). */
export const AUDIT_ROW_HEIGHT = 44;

const MOVES: Record<string, (index: number, pageRows: number, count: number) => number> = {
  ArrowDown: (index) => index + 1,
  ArrowUp: (index) => index - 1,
  PageDown: (index, page) => index + page,
  PageUp: (index, page) => index - page,
  Home: () => 0,
  End: (_index, _page, count) => count - 1,
};

/** Renders the entry list. */
export function AuditTable(): React.JSX.Element {
  const { t } = useTranslation();
  const total = useAudit((state) => state.total) ?? 0;
  const pages = useAudit((state) => state.pages);
  const shownGeneration = useAudit((state) => state.shownGeneration);
  const ensureRange = useAudit((state) => state.ensureRange);
  const openKey = useAudit((state) => state.detail.key);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const [focusRequest, setFocusRequest] = useState<number | null>(null);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => AUDIT_ROW_HEIGHT,
    overscan: 12,
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (total > 0) ensureRange(first, last);
  }, [first, last, total, shownGeneration, ensureRange]);

  useEffect(() => {
    if (focusRequest === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(
      `[data-index="${focusRequest}"] button`,
    );
    if (row) row.focus();
  }, [focusRequest, items]);

  // A new search starts again at the top.
  const [seenGeneration, setSeenGeneration] = useState(shownGeneration);
  if (seenGeneration !== shownGeneration) {
    setSeenGeneration(shownGeneration);
    setActiveIndex(0);
  }

  const onKeyDown = (event: React.KeyboardEvent) => {
    const move = MOVES[event.key];
    if (!move || total === 0) return;
    event.preventDefault();
    const pageRows = Math.max(
      1,
      Math.floor((scrollRef.current?.clientHeight ?? AUDIT_ROW_HEIGHT * 10) / AUDIT_ROW_HEIGHT) - 1,
    );
    const next = Math.min(total - 1, Math.max(0, move(activeIndex, pageRows, total)));
    setActiveIndex(next);
    setFocusRequest(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const activeRendered = items.some(
    (item) => item.index === activeIndex && auditRowAt({ pages }, item.index),
  );

  return (
    <div className="candidate-list audit-list">
      <div className="list-head audit-grid" aria-hidden="true">
        <span>{t('audit.columns.time')}</span>
        <span>{t('audit.columns.device')}</span>
        <span className="numeric">{t('audit.columns.seq')}</span>
        <span>{t('audit.columns.kind')}</span>
        <span>{t('audit.columns.summary')}</span>
        <span>{t('audit.columns.hash')}</span>
      </div>
      <div
        ref={scrollRef}
        className="list-scroll"
        role="list"
        aria-label={t('audit.listLabel')}
        tabIndex={activeRendered ? -1 : 0}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          if (event.target !== event.currentTarget) return;
          const firstVisible = items.find((item) => auditRowAt({ pages }, item.index));
          if (firstVisible) {
            setActiveIndex(firstVisible.index);
            setFocusRequest(firstVisible.index);
          }
        }}
      >
        <div className="list-canvas" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = auditRowAt({ pages }, item.index);
            return (
              <div
                key={item.key}
                role="listitem"
                aria-setsize={total}
                aria-posinset={item.index + 1}
                data-index={item.index}
                className={row?.broken ? 'list-row audit-row-broken' : 'list-row'}
                style={{ transform: `translateY(${item.start}px)`, height: AUDIT_ROW_HEIGHT }}
              >
                {row ? (
                  <AuditRowButton
                    row={row}
                    tabIndex={item.index === activeIndex ? 0 : -1}
                    open={entryKey(row) === openKey}
                    onFocus={() => setActiveIndex(item.index)}
                  />
                ) : (
                  <span className="list-loading">{t('common.loading')}</span>
                )}
              </div>
            );
          })}
        </div>
        {total === 0 && shownGeneration > 0 ? (
          <p className="empty-inline">{t('audit.noMatch')}</p>
        ) : null}
      </div>
    </div>
  );
}

/** One entry as a button that opens its detail. */
export function AuditRowButton(props: {
  row: AuditRow;
  tabIndex: number;
  open: boolean;
  onFocus: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useAuditText();
  const openDetail = useAudit((state) => state.openDetail);
  const { row } = props;
  const kindKey = journalKindKey(row.kind);
  const kind = kindKey ? t(kindKey) : row.kind;
  const time = format.dateTime(row.ts);
  const device = shortId(row.device);
  const reason = row.broken ? t(breakReasonKey(row.broken)) : null;
  const summary = text.summary(row.summary);
  const label = { seq: row.seq, device, kind, time };
  return (
    <button
      type="button"
      className="list-link audit-grid audit-row-button"
      tabIndex={props.tabIndex}
      aria-current={props.open ? 'true' : undefined}
      aria-label={
        reason ? t('audit.rowBrokenLabel', { ...label, reason }) : t('audit.rowLabel', label)
      }
      onFocus={props.onFocus}
      onClick={() => void openDetail(row.device, row.seq)}
    >
      <span>{time}</span>
      <span className="mono" title={row.device}>
        {device}
      </span>
      <span className="numeric">{format.number(row.seq)}</span>
      <span title={row.kind}>{kind}</span>
      <span title={reason ? `${t('audit.broken', { reason })} · ${summary}` : summary}>
        {reason ? <strong className="audit-broken">{t('audit.broken', { reason })}</strong> : null}
        {reason ? ' ' : null}
        {summary}
      </span>
      <span className="mono" title={row.hash}>
        {shortHash(row.hash)}
      </span>
    </button>
  );
}
