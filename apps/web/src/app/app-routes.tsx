import { Route, Routes } from 'react-router';
import { LoginPage } from '../features/auth/login-page';
import { ContactPage } from '../features/contacts/contact-page';
import { ContactsPage } from '../features/contacts/contacts-page';
import { CONTACT_SECTIONS } from './contact-sections';
import { HomePage } from '../features/home/home-page';
import { DuesAdminPage } from '../features/dues/dues-admin-page';
import { BankImportPage } from '../features/dues/bank-import-page';
import { OrgRootPage } from '../features/org/org-root-page';
import { OrgUnitPage } from '../features/org/org-unit-page';
import { AppShell } from './app-shell';
import { NotFoundPage } from './not-found-page';
import { RequireAuth } from './require-auth';
import { UnauthenticatedRedirect } from './unauthenticated-redirect';

/** The route table. Everything except /login needs a signed-in viewer. */
export function AppRoutes() {
  return (
    <>
      <UnauthenticatedRedirect />
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route element={<RequireAuth />}>
          <Route element={<AppShell />}>
            <Route index element={<HomePage />} />
            <Route path="org" element={<OrgRootPage />} />
            <Route path="org/:id" element={<OrgUnitPage />} />
            <Route path="contacts" element={<ContactsPage />} />
            <Route path="contacts/:id" element={<ContactPage sections={CONTACT_SECTIONS} />} />
            <Route path="dues" element={<DuesAdminPage />} />
            <Route path="dues/import" element={<BankImportPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </>
  );
}
