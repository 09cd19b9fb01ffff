import { NavLink, ScrollArea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AreaId } from './area-ids';
import { areas, preloadArea } from './areas';

/** The navigation by area: links into the hash route, so it works before the data is open. */
export function AreaNav({ current, onPick }: { current: AreaId; onPick?: () => void }) {
  const { t } = useTranslation();
  return (
    <ScrollArea>
      <nav aria-label="areas">
        {areas.map((a) => (
          <NavLink
            key={a.id}
            href={`#/${a.id}`}
            label={t(`nav.${a.id}`)}
            leftSection={<a.icon size={20} stroke={1.5} />}
            active={a.id === current}
            data-area={a.id}
            onClick={onPick}
            // Pointing at an area (or tabbing to it) starts loading its page, ahead of the click.
            onPointerEnter={() => preloadArea(a.id)}
            onFocus={() => preloadArea(a.id)}
          />
        ))}
      </nav>
    </ScrollArea>
  );
}
