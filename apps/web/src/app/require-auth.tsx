import { Navigate, Outlet } from 'react-router';
import { useViewer } from '../features/auth/hooks/use-viewer';
import { ErrorState, LoadingState } from '../lib/components/query-status';

/** Renders the protected pages only for a signed-in viewer; otherwise goes to sign-in. */
export function RequireAuth() {
  const { viewer, loading, error, refetch } = useViewer();
  if (viewer) return <Outlet />;
  if (loading) {
    return (
      <main id="main" className="page-center">
        <LoadingState />
      </main>
    );
  }
  if (error) {
    return (
      <main id="main" className="page-center">
        <ErrorState error={error} onRetry={() => void refetch()} />
      </main>
    );
  }
  return <Navigate to="/login" replace />;
}
