import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../lib/components/language-switch';
import { useDocumentTitle } from '../../lib/use-document-title';
import { LoginForm } from './components/login-form';

export function LoginPage() {
  const { t } = useTranslation(['auth', 'common']);
  const navigate = useNavigate();
  useDocumentTitle(t('auth:title'));

  return (
    <div className="login-layout">
      <header className="login-layout__header">
        <span className="brand">{t('common:appName')}</span>
        <LanguageSwitch />
      </header>
      <main id="main" className="login-layout__main">
        <div className="card login-card">
          <h1>{t('auth:heading')}</h1>
          <p className="lead">{t('auth:intro')}</p>
          <LoginForm onSignedIn={() => navigate('/', { replace: true })} />
        </div>
      </main>
    </div>
  );
}
