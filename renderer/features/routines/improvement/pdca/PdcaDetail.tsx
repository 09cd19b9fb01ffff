import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nextPhase, reached } from '../../../../../shared/rules/routines/pdca';
import type { Duty } from '../../../../../shared/schema/duty';
import { type PdcaCycle, pdcaPhases } from '../../../../../shared/schema/pdca';
import type { Sop } from '../../../../../shared/schema/sop';
import type { Staff } from '../../../../../shared/schema/staff';
import { useSession } from '../../../../app/session-context';
import { advancePdca } from '../../../../db/pdca-commands';
import type { PdcaView } from '../../../../db/pdca-queries';
import { formatDay, formatNumber } from '../../../../i18n/format';
import { notifyFailed, notifySaved } from '../../../../ui/notify';
import { useFailureText } from '../../../../ui/refusal-text';
import { useOwnSaves } from '../../../../ui/use-own-saves';
import { PdcaActStep } from './PdcaActStep';
import { PdcaCheckStep } from './PdcaCheckStep';
import { PdcaTasks } from './PdcaTasks';

/** One cycle: where it stands, its plan, its tasks, its figures before and after, and what it standardised. */
export function PdcaDetail(props: {
  view: PdcaView;
  staff: readonly Staff[];
  sops: readonly { sop: Sop; versions: number[] }[];
  duties: readonly Duty[];
  today: string;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const failure = useFailureText();
  const { goal } = props.view;
  // Check, Act and each advance start from this view's own last save (see useOwnSaves).
  const own = useOwnSaves<PdcaCycle>();
  const cycle = own.newest(props.view.cycle);
  const next = nextPhase(cycle.phase);
  const [busy, setBusy] = useState(false);
  const advance = async () => {
    if (busy || next === null) return;
    setBusy(true);
    try {
      own.keep(await advancePdca(session, cycle.id, props.today, cycle.rev));
      notifySaved(
        t('routinesArea.pdca.advanced', { title: cycle.title, phase: t(`routinesArea.pdca.phase.${next}`) }),
      );
    } catch (error) {
      notifyFailed(failure(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="sm" data-testid="pdca-detail">
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={2} size="h3" data-testid="pdca-detail-title">
              {cycle.title}
            </Title>
            <Text size="sm" c="dimmed">
              {t(`routinesArea.process.${cycle.process}`)}
            </Text>
            <Group
              gap={4}
              component="ol"
              aria-label={t('routinesArea.pdca.phases')}
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
            >
              {pdcaPhases.map((p) => (
                <li key={p} aria-current={p === cycle.phase ? 'step' : undefined}>
                  <Badge
                    variant={p === cycle.phase ? 'filled' : 'light'}
                    color={p === cycle.phase ? 'blue' : reached(cycle.phase, p) ? 'teal' : 'gray'}
                    data-testid={p === cycle.phase ? 'pdca-phase' : undefined}
                    data-phase={p}
                  >
                    {t(`routinesArea.pdca.phase.${p}`)}
                  </Badge>
                </li>
              ))}
            </Group>
          </Stack>
          <Group gap="xs">
            <Button
              variant="default"
              size="xs"
              onClick={props.onEdit}
              disabled={cycle.phase === 'closed'}
              data-testid="pdca-edit"
            >
              {t('routinesArea.pdca.editPlan')}
            </Button>
            {next && (
              <Button
                size="xs"
                rightSection={<IconArrowRight size={14} />}
                onClick={advance}
                loading={busy}
                data-testid="pdca-advance"
              >
                {t(`routinesArea.pdca.advance.${next}`)}
              </Button>
            )}
          </Group>
        </Group>
      </Paper>
      <Paper withBorder p="md" radius="md" data-testid="pdca-plan">
        <Title order={3} size="h5" mb="xs">
          {t('routinesArea.pdca.phase.plan')}
        </Title>
        <Stack gap={4}>
          <Text size="sm">
            <b>{t('routinesArea.pdca.form.problem')}:</b> {cycle.problem || '—'}
          </Text>
          <Text size="sm">
            <b>{t('routinesArea.pdca.measuredBy')}:</b>{' '}
            {[
              cycle.metric ? t(`metric.${cycle.metric}`) : null,
              goal ? t('routinesArea.pdca.goalNamed', { title: goal.title }) : null,
            ]
              .filter(Boolean)
              .join(' · ') || '—'}
            {cycle.target !== null &&
              ` — ${t('routinesArea.pdca.targetOf', { target: formatNumber(cycle.target) })}`}
          </Text>
          <Text size="sm">
            <b>{t('routinesArea.pdca.form.measures')}:</b> {cycle.measures || '—'}
          </Text>
          <Text size="sm">
            <b>{t('routinesArea.pdca.beforePeriod')}:</b> {formatDay(cycle.beforeFrom)} –{' '}
            {formatDay(cycle.beforeTo)}
          </Text>
        </Stack>
      </Paper>
      <PdcaTasks cycle={cycle} tasks={props.view.tasks} staff={props.staff} today={props.today} />
      <PdcaCheckStep key={`check-${cycle.rev}`} cycle={cycle} check={props.view.check} onSaved={own.keep} />
      <PdcaActStep
        key={`act-${cycle.rev}`}
        cycle={cycle}
        sops={props.sops}
        duties={props.duties}
        onSaved={own.keep}
      />
    </Stack>
  );
}
