/**
 * The aspects of a draft as cards, in order: reorder (buttons or Alt+↑/↓, focus stays where it
 * was and the move is announced), add, and remove after confirming.
 */
import type React from 'react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RUBRIC_LIMITS } from '../../../../shared/rubric/rubric';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { AspectCard } from './AspectCard';
import { moveItem, newAspect, type AspectForm } from './rubric-form';

/** Changes the aspects from what they are at that moment, so callbacks never hold a stale list. */
export type AspectsUpdate = (update: (aspects: readonly AspectForm[]) => AspectForm[]) => void;

/** Renders the cards and the "Tambah aspek" button. */
export function AspectList(props: {
  aspects: readonly AspectForm[];
  setAspects: AspectsUpdate;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { aspects, setAspects } = props;
  const [announcement, setAnnouncement] = useState('');
  const [removing, setRemoving] = useState<number | null>(null);
  // The element that had focus when a card moved, or the card to focus after an add.
  const refocus = useRef<HTMLElement | string | null>(null);

  useEffect(() => {
    const target = refocus.current;
    if (target === null) return;
    refocus.current = null;
    const element = typeof target === 'string' ? document.getElementById(target) : target;
    if (element && document.activeElement !== element) element.focus();
  }, [aspects]);

  // Stable callbacks: the cards are memoised and re-render only when their own aspect changes.
  const changeAt = useCallback(
    (index: number, aspect: AspectForm) =>
      setAspects((old) => old.map((a, i) => (i === index ? aspect : a))),
    [setAspects],
  );
  const moveAt = useCallback(
    (index: number, delta: 1 | -1, code: string) => {
      refocus.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setAspects((old) => moveItem(old, index, delta));
      setAnnouncement(t('rubric.editor.moved', { code, position: index + delta + 1 }));
    },
    [setAspects, t],
  );

  const add = () => {
    refocus.current = `rf-aspects-${aspects.length}-code`;
    setAspects((old) => [...old, newAspect(old)]);
  };

  const remove = (index: number) => {
    setRemoving(null);
    refocus.current = aspects.length > 1 ? `rf-aspects-${Math.max(0, index - 1)}` : 'rf-add-aspect';
    setAspects((old) => old.filter((_, i) => i !== index));
    setAnnouncement(t('rubric.editor.removed', { code: aspects[index]?.code ?? '' }));
  };

  const removingAspect = removing === null ? null : aspects[removing];
  return (
    <div className="aspect-list" id="rf-aspects" tabIndex={-1}>
      <h2>{t('rubric.editor.aspectsTitle', { count: aspects.length })}</h2>
      <p className="field-hint">{t('rubric.editor.reorderHint')}</p>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {aspects.map((aspect, index) => (
        <AspectCard
          key={aspect.key}
          aspect={aspect}
          index={index}
          count={aspects.length}
          onChange={changeAt}
          onMove={moveAt}
          onRemove={setRemoving}
        />
      ))}
      <button
        id="rf-add-aspect"
        type="button"
        className="button"
        disabled={aspects.length >= RUBRIC_LIMITS.aspects}
        onClick={add}
      >
        {t('rubric.editor.addAspect')}
      </button>
      {removing !== null && removingAspect ? (
        <ConfirmDialog
          title={t('rubric.editor.removeTitle', {
            number: removing + 1,
            code: removingAspect.code,
          })}
          message={t('rubric.editor.removeMessage')}
          confirmLabel={t('rubric.editor.removeConfirm')}
          cancelLabel={t('common.cancel')}
          danger
          onCancel={() => setRemoving(null)}
          onConfirm={() => remove(removing)}
        />
      ) : null}
    </div>
  );
}
