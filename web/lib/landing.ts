/**
 * "My landing page": a role owner can make their role view the page Rolecard opens on.
 * Kept in this browser's localStorage until accounts exist.
 */
const KEY = 'rolecard.landing';

export function getLanding(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null; // storage disabled: behave as if nothing was chosen
  }
}

export function setLanding(path: string | null) {
  try {
    if (path) localStorage.setItem(KEY, path);
    else localStorage.removeItem(KEY);
  } catch {
    // storage disabled: the choice simply does not persist
  }
}
