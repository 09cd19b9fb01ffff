import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import { type AreaId, isAreaId } from './area-ids';

// The current area lives in the URL hash (#/orders), so reload keeps the place and it works the same
// under app:// in Electron and on any static server. A link may say more after the area
// (#/orders/overdue): the page it opens reads that once, then the hash goes back to the area alone.

/** The area the hash names now (the dashboard when none). */
export function currentArea(): AreaId {
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

/** The hash of a link into an area, e.g. `#/orders/person/<id>`. */
export const areaLink = (area: AreaId, ...detail: string[]) =>
  `#/${[area, ...detail.map(encodeURIComponent)].join('/')}`;

/** What the hash says after the area (`#/orders/overdue` → ['overdue']); [] when nothing. */
export function routeDetail(): string[] {
  return window.location.hash
    .replace(/^#\/?/, '')
    .split('/')
    .slice(1)
    .filter(Boolean)
    .map(decodeURIComponent);
}

/** Drop the detail from the hash once the page has taken it, so a reload or the area's own link starts plain. */
export function clearRouteDetail() {
  if (routeDetail().length === 0) return;
  window.history.replaceState(null, '', `#/${currentArea()}`);
}

export function useArea(): [AreaId, (area: AreaId) => void] {
  const area = useSyncExternalStore(subscribe, currentArea, () => 'dashboard' as AreaId);
  return [area, useCallback(navigate, [])];
}

/**
 * Run `action` when the hash names `word` right after the area (`#/orders/import`), on arrival or later
 * while the page is open; the word is then dropped from the hash. A page calls it before any effect of its
 * own that clears the route detail.
 */
export function useRouteCommand(word: string, action: () => void) {
  const latest = useRef(action);
  latest.current = action;
  useEffect(() => {
    const take = () => {
      if (routeDetail()[0] !== word) return;
      clearRouteDetail();
      latest.current();
    };
    take();
    window.addEventListener('hashchange', take);
    return () => window.removeEventListener('hashchange', take);
  }, [word]);
}
