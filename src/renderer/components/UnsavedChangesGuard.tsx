/**
 * Asks before unsaved work is left behind: a link to another screen opens a confirmation, and
 * closing or reloading the window gets the browser's own question. (The app routes with a hash
 * router, which cannot block navigation itself, so the guard catches link clicks first.)
 */
import type React from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from './ConfirmDialog';

/** Guards the page while `when` is true. */
export function UnsavedChangesGuard(props: { when: boolean }): React.JSX.Element | null {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [pending, setPending] = useState<string | null>(null);
  const { when } = props;

  useEffect(() => {
    if (!when) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    const onClick = (event: MouseEvent) => {
      const target = routeOfClick(event);
      if (target === null) return;
      // Before React Router's own handler (and the browser's hash change) sees the click.
      event.preventDefault();
      event.stopPropagation();
      setPending(target);
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [when]);

  if (pending === null) return null;
  return (
    <ConfirmDialog
      title={t('unsaved.title')}
      message={t('unsaved.message')}
      confirmLabel={t('unsaved.leave')}
      cancelLabel={t('unsaved.stay')}
      danger
      onCancel={() => setPending(null)}
      onConfirm={() => {
        setPending(null);
        void navigate(pending);
      }}
    />
  );
}

// The in-app route a plain left click on a link would open, or null for anything else.
function routeOfClick(event: MouseEvent): string | null {
  if (event.defaultPrevented || event.button !== 0) return null;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(anchor instanceof HTMLAnchorElement) || anchor.hasAttribute('download')) return null;
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin || !url.hash.startsWith('#/')) return null;
  const route = url.hash.slice(1);
  return route === window.location.hash.slice(1) ? null : route;
}
