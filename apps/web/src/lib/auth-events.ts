/**
 * A tiny signal from the network layer to the router: the server said the session is
 * gone (code UNAUTHENTICATED). The Apollo link raises it; the app shell listens and
 * sends the user to the sign-in page.
 */
type Listener = () => void;

const listeners = new Set<Listener>();

export function onUnauthenticated(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function notifyUnauthenticated(): void {
  for (const listener of [...listeners]) listener();
}
