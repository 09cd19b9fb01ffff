import { useCallback, useSyncExternalStore } from 'react';
import { type AreaId, isAreaId } from './area-ids';

// The current area lives in the URL hash (#/orders), so reload keeps the place and it works the same
// under app:// in Electron and on any static server.

function read(): AreaId {
  const id = window.location.hash.replace(/^#\/?/, '').split('/')[0] ?? '';
  return isAreaId(id) ? id : 'dashboard';
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function navigate(area: AreaId) {
  window.location.hash = `#/${area}`;
}

export function useArea(): [AreaId, (area: AreaId) => void] {
  const area = useSyncExternalStore(subscribe, read, () => 'dashboard' as AreaId);
  return [area, useCallback(navigate, [])];
}
