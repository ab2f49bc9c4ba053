import { useState, type KeyboardEvent } from 'react';
import { Link, NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSignOut } from '../features/auth/hooks/use-sign-out';
import { useViewer } from '../features/auth/hooks/use-viewer';
import { HeaderSearch } from '../features/search/components/header-search';
import { useDuplicatesAccess } from '../features/duplicates/hooks/use-duplicates-access';
import { useTransferAccess } from '../features/membership/hooks/use-transfer-access';
import { LanguageSwitch } from '../lib/components/language-switch';

const NAV_ID = 'main-nav';

/** Header with navigation (behind a menu button on phones), search, the user, language and sign-out. */
export function AppShell() {
  const { t } = useTranslation(['common', 'membership']);
  const { viewer } = useViewer();
  const decidesTransfers = useTransferAccess();
  const { signOut, pending } = useSignOut();
  const duplicates = useDuplicatesAccess();
  const [menuOpen, setMenuOpen] = useState(false);
  const closeMenu = () => setMenuOpen(false);

  function handleKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape' && menuOpen) closeMenu();
  }

  const items = [
    { to: '/', label: t('common:nav.home'), testId: 'nav-home', end: true },
    { to: '/org', label: t('common:nav.org'), testId: 'nav-org', end: false },
    { to: '/contacts', label: t('common:nav.contacts'), testId: 'nav-contacts', end: false },
    ...(viewer?.contactId ? [{ to: '/me', label: t('common:nav.profile'), testId: 'nav-profile', end: false }] : []),
    ...(duplicates.units.length > 0 ? [{ to: '/duplicates', label: t('common:nav.duplicates'), testId: 'nav-duplicates', end: false }] : []),
    { to: '/groups', label: t('common:nav.groups'), testId: 'nav-groups', end: false },
    ...(viewer?.canAddContacts ? [{ to: '/imports', label: t('common:nav.import'), testId: 'nav-import', end: false }] : []),
    ...(decidesTransfers ? [{ to: '/transfers', label: t('membership:nav.transfers'), testId: 'nav-transfers', end: false }] : []),
    { to: '/dues', label: t('common:nav.dues'), testId: 'nav-dues', end: false },
  ];

  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        {t('common:skipToContent')}
      </a>
      <header className="shell__header" onKeyDown={handleKeyDown}>
        <div className="shell__bar">
          <Link to="/" className="brand" onClick={closeMenu}>
            {t('common:appName')}
          </Link>
          <nav id={NAV_ID} className={`shell__nav${menuOpen ? ' is-open' : ''}`} aria-label={t('common:nav.label')}>
            <ul>
              {items.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end} data-testid={item.testId} onClick={closeMenu}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="shell__tools">
            <HeaderSearch />
            <LanguageSwitch />
            <button
              type="button"
              className="menu-button"
              data-testid="nav-menu-button"
              aria-expanded={menuOpen}
              aria-controls={NAV_ID}
              onClick={() => setMenuOpen((open) => !open)}
            >
              <span className="menu-button__icon" aria-hidden="true" />
              <span className="menu-button__label">{t('common:nav.menu')}</span>
            </button>
          </div>
        </div>
        <div className="shell__user">
          <span className="shell__user-name" data-testid="current-user" title={viewer?.email}>
            {viewer?.displayName}
          </span>
          <button
            type="button"
            className="button button--secondary button--small"
            data-testid="sign-out"
            disabled={pending}
            onClick={() => void signOut()}
          >
            {pending ? t('common:user.signingOut') : t('common:user.signOut')}
          </button>
        </div>
      </header>
      <main id="main" className="shell__main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
