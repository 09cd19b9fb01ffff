import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from './EmptyState';

type Icon = ComponentType<{ size?: number; stroke?: number }>;

interface AreaEmptyProps {
  /** The area, whose strings are under `areas.<area>` (emptyTitle, emptyBody, emptyAction). */
  area: string;
  icon: Icon;
  /** The step to take first, e.g. opening the area that comes before this one. */
  onNext: () => void;
}

/** What an area with nothing in it yet says, and the step it offers. */
export function AreaEmptyState(props: AreaEmptyProps) {
  const { t } = useTranslation();
  return (
    <EmptyState
      icon={props.icon}
      title={t(`areas.${props.area}.emptyTitle`)}
      body={t(`areas.${props.area}.emptyBody`)}
      action={{ label: t(`areas.${props.area}.emptyAction`), onClick: props.onNext }}
    />
  );
}
