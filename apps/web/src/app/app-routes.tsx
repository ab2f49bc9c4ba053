import { Route, Routes } from 'react-router';
import { LoginPage } from '../features/auth/login-page';
import { ContactPage } from '../features/contacts/contact-page';
import { ContactsPage } from '../features/contacts/contacts-page';
import { ContactListActions } from './contact-list-actions';
import { GroupsPage } from '../features/groups/groups-page';
import { GroupPage } from '../features/groups/group-page';
import { EditGroupPage, NewGroupPage } from '../features/groups/group-editor-page';
import { CONTACT_SECTIONS } from './contact-sections';
import { NewContactPage } from '../features/contacts/new-contact-page';
import { MyProfilePage } from '../features/profile/my-profile-page';
import { MY_PROFILE_SECTIONS } from './my-profile-sections';
import { DuplicatesPage } from '../features/duplicates/duplicates-page';
import { PairComparePage } from '../features/duplicates/pair-compare-page';
import { HomePage } from '../features/home/home-page';
import { ImportPage } from '../features/imports/import-page';
import { ImportsPage } from '../features/imports/imports-page';
import { TransfersPage } from '../features/membership/transfers-page';
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
            <Route path="contacts" element={<ContactsPage listActions={ContactListActions} />} />
            <Route path="contacts/new" element={<NewContactPage />} />
            <Route path="contacts/:id" element={<ContactPage sections={CONTACT_SECTIONS} />} />
            <Route path="me" element={<MyProfilePage sections={MY_PROFILE_SECTIONS} />} />
            <Route path="duplicates" element={<DuplicatesPage />} />
            <Route path="duplicates/pairs/:id" element={<PairComparePage />} />
            <Route path="groups" element={<GroupsPage />} />
            <Route path="groups/new" element={<NewGroupPage />} />
            <Route path="groups/:id" element={<GroupPage />} />
            <Route path="groups/:id/edit" element={<EditGroupPage />} />
            <Route path="imports" element={<ImportsPage />} />
            <Route path="imports/:id" element={<ImportPage />} />
            <Route path="transfers" element={<TransfersPage />} />
            <Route path="dues" element={<DuesAdminPage />} />
            <Route path="dues/import" element={<BankImportPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </>
  );
}
