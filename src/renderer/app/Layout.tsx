/** The frame of every screen: skip link, header, left navigation and the main area. */
import type React from 'react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { ErrorNotice } from '../components/ErrorNotice';
import { useSelections } from '../state/services';
import { Header } from './Header';
import { Navigation } from './Navigation';

/** Renders the frame and loads the selections every screen depends on. */
export function Layout(): React.JSX.Element {
  const { t } = useTranslation();
  const load = useSelections((state) => state.load);
  const status = useSelections((state) => state.status);
  const error = useSelections((state) => state.error);
  const section = useLocation().pathname.split('/')[1] ?? '';
  const mainRef = useRef<HTMLElement>(null);
  const firstSection = useRef(section);

  useEffect(() => {
    void load();
  }, [load]);

  // Moving to another section puts focus on its heading, so screen readers announce the page.
  useEffect(() => {
    if (section === firstSection.current) return;
    firstSection.current = section;
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [section]);

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // The hash belongs to the router; move focus instead of navigating.
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <Header />
      <Navigation />
      <main id="main" ref={mainRef} className="app-main" tabIndex={-1}>
        {status === 'error' ? <ErrorNotice error={error} onRetry={() => void load()} /> : null}
        <Outlet />
      </main>
    </div>
  );
}
