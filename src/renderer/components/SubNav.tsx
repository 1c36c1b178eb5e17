/**
 * A section's sub-navigation: links drawn as tabs. They are links, not ARIA tabs, because each one
 * is an address; the current one carries aria-current.
 */
import type { ParseKeys } from 'i18next';
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import './sub-nav.css';

/** One tab: its address, its label key, and whether it is current on its exact path only. */
export interface SubNavItem {
  path: string;
  label: ParseKeys;
  end: boolean;
}

/** Renders the tabs of `items` under the accessible name `label` (a translation key). */
export function SubNav(props: {
  label: ParseKeys;
  items: readonly SubNavItem[];
}): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <nav className="sub-nav" aria-label={t(props.label)}>
      <ul className="tabs sub-nav-tabs">
        {props.items.map((item) => (
          <li key={item.path}>
            <NavLink to={item.path} end={item.end} className="tab sub-nav-tab">
              {t(item.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
