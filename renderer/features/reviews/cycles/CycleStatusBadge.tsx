import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CycleStatus } from '../../../../shared/schema/review';

const colors: Record<CycleStatus, string> = {
  not_started: 'gray',
  in_progress: 'blue',
  calibrating: 'grape',
  closed: 'teal',
};

/** A cycle's status as a coloured word. */
export function CycleStatusBadge({ status }: { status: CycleStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="light" data-status={status} data-testid="cycle-status">
      {t(`reviewsArea.status.${status}`)}
    </Badge>
  );
}
