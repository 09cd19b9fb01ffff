import {
  Badge,
  Button,
  Grid,
  Group,
  Loader,
  Modal,
  Paper,
  ScrollArea,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAward, IconPrinter } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { type ReactNode, type RefObject, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewSectionKind } from '../../../../shared/schema/review';
import { useSession } from '../../../app/session-context';
import { recognitionsInPeriod } from '../../../db/culture-queries';
import { loadReviewDetail } from '../../../db/review-queries';
import { formatDay, formatList, formatNumber } from '../../../i18n/format';
import { PrintRoot } from '../../../ui/print/PrintRoot';
import { usePrint } from '../../../ui/print/use-print';
import { useToday } from '../../../ui/use-today';
import { RewardForm } from '../rewards/RewardForm';
import { CompetencySection } from './CompetencySection';
import { DevelopmentAction } from './DevelopmentAction';
import { PeerSection, SelfSection } from './FeedbackSections';
import { KpiSection } from './KpiSection';
import { ManagerSection } from './ManagerSection';
import { ReviewReport } from './ReviewReport';
import { ScoreSummary } from './ScoreSummary';
import { scoreText } from './score-text';

export interface ReviewDetailProps {
  reviewId: string;
  onClose: () => void;
}

/**
 * One person's review in a large dialog: the template's sections in its order (KPIs from the period's data,
 * the manager's competency ratings with their rubric, the self-assessment, 360 feedback once enough peers
 * answered, the manager's overall rating and comment), and beside them the section scores, the final score
 * and band, a development action for the training plan, a reward, and the printed report. A closed cycle's
 * review is shown as it was frozen, and nothing in it can be changed.
 */
export function ReviewDetail({ reviewId, onClose }: ReviewDetailProps) {
  const { t } = useTranslation();
  const { db, identity } = useSession();
  const today = useToday();
  const detail = useLiveQuery(() => loadReviewDetail(db, reviewId, today), [db, reviewId, today]);
  const [rewarding, setRewarding] = useState(false);
  // A dialog open above the review (a KPI adjustment, a reward): Esc closes it, not the review too.
  const [adjusting, setAdjusting] = useState(false);
  // The manager's rating and comment not saved yet: closing asks first, as every record form does.
  const managerDirty = useRef<(() => boolean) | null>(null);
  const [confirming, setConfirming] = useState(false);
  const close = () => (managerDirty.current?.() ? setTimeout(() => setConfirming(true), 0) : onClose());
  const [printing, setPrinting] = useState<Date | null>(null);
  const stopPrinting = useCallback(() => setPrinting(null), []);
  usePrint(printing, stopPrinting);

  const title = detail
    ? t('reviewsArea.detail.title', { name: detail.row.name, cycle: detail.cycle.name })
    : t('reviewsArea.detail.loading');
  return (
    <Modal
      opened
      onClose={close}
      size="min(1240px, 96vw)"
      title={title}
      closeOnEscape={!rewarding && !adjusting && !confirming}
      scrollAreaComponent={ScrollArea.Autosize}
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
      closeButtonProps={{ 'aria-label': t('formActions.close') }}
    >
      {detail === undefined ? (
        <Loader size="sm" />
      ) : detail === null ? (
        <Text c="dimmed" data-testid="review-gone">
          {t('reviewsArea.detail.gone')}
        </Text>
      ) : (
        <DetailBody
          detail={detail}
          today={today}
          onReward={() => setRewarding(true)}
          onDialog={setAdjusting}
          managerDirty={managerDirty}
          onPrint={() => setPrinting(new Date())}
        />
      )}
      {detail && rewarding && (
        <RewardForm
          today={today}
          staffId={detail.row.review.staffId}
          reviewId={reviewId}
          personName={detail.row.name}
          onClose={() => setRewarding(false)}
        />
      )}
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('recordForm.discardTitle')}
        size="sm"
        centered
        withCloseButton={false}
      >
        <Stack>
          <Text size="sm">{t('recordForm.discardBody')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
              {t('recordForm.keepEditing')}
            </Button>
            <Button color="red" onClick={onClose} data-testid="discard-changes">
              {t('recordForm.discard')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      {detail && printing && (
        <PrintRoot>
          <ReviewReport detail={detail} machineName={identity.machineName} printedAt={printing} />
        </PrintRoot>
      )}
    </Modal>
  );
}

type Detail = NonNullable<Awaited<ReturnType<typeof loadReviewDetail>>>;

function DetailBody(props: {
  detail: Detail;
  today: string;
  onReward: () => void;
  onPrint: () => void;
  onDialog: (open: boolean) => void;
  managerDirty: RefObject<(() => boolean) | null>;
}) {
  const { t } = useTranslation();
  const { detail } = props;
  const { cycle, template, row } = detail;
  const { review } = row;
  const closed = cycle.status === 'closed';
  const editable = !closed;
  const weightOf = (kind: ReviewSectionKind) => template.sections.find((s) => s.kind === kind)?.weight ?? 0;
  const part = (kind: ReviewSectionKind, body: ReactNode) => (
    <Paper key={kind} withBorder p="md" radius="md" component="section" data-testid={`section-${kind}`}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {t('reviewsArea.detail.sectionTitle', {
            section: t(`reviewsArea.section.${kind}`),
            weight: formatNumber(weightOf(kind)),
          })}
        </Title>
        <Text size="sm" c="dimmed">
          {row.openParts.includes(kind)
            ? t('reviewsArea.detail.summary.open')
            : t('reviewsArea.detail.sectionScore', { score: scoreText(row.scores[kind]) })}
        </Text>
      </Group>
      {body}
    </Paper>
  );
  const bodies: Record<ReviewSectionKind, () => ReactNode> = {
    kpi: () => (
      <KpiSection reviewId={review.id} rows={row.kpiRows} editable={editable} onDialog={props.onDialog} />
    ),
    competencies: () => (
      <CompetencySection
        reviewId={review.id}
        competencies={template.competencies}
        ratings={review.competencyRatings}
        editable={editable}
      />
    ),
    self: () => <SelfSection self={detail.selfAnswers} questions={template.questions} />,
    feedback: () => <PeerSection peers={detail.peers} />,
    manager: () => <ManagerSection review={review} editable={editable} dirty={props.managerDirty} />,
  };
  return (
    <Stack gap="md" data-testid="review-detail">
      <Group justify="space-between">
        <Group gap="xs">
          <Badge variant="light" color={closed ? 'gray' : 'blue'} data-testid="review-cycle-status">
            {t(`reviewsArea.status.${cycle.status}`)}
          </Badge>
          <Text size="sm" c="dimmed">
            {t('reviewsArea.period', { from: formatDay(cycle.from), to: formatDay(cycle.to) })} ·{' '}
            {template.name}
          </Text>
        </Group>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconAward size={16} />}
            onClick={props.onReward}
            data-testid="review-reward"
          >
            {t('reviewsArea.detail.reward')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconPrinter size={16} />}
            onClick={props.onPrint}
            data-testid="review-print"
          >
            {t('reviewsArea.detail.print')}
          </Button>
        </Group>
      </Group>
      {closed && (
        <Text size="sm" c="dimmed" data-testid="review-frozen">
          {t('reviewsArea.detail.frozen')}
        </Text>
      )}
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">{template.sections.map((s) => part(s.kind, bodies[s.kind]()))}</Stack>
        </Grid.Col>
        {/* Below the dialog's own sticky header, so the scores stay in sight while the sections scroll. */}
        <Grid.Col span={{ base: 12, md: 4 }} style={{ position: 'sticky', top: 72 }}>
          <Stack gap="md">
            <Paper withBorder p="md" radius="md" component="section">
              <Title order={3} size="h5" mb="xs">
                {t('reviewsArea.detail.summary.title')}
              </Title>
              <ScoreSummary
                sections={template.sections}
                scores={row.scores}
                final={row.final.score}
                band={row.band}
                open={row.openParts}
                formula={template.formula}
              />
            </Paper>
            <Paper withBorder p="md" radius="md" component="section" data-testid="development">
              <Title order={3} size="h5" mb={4}>
                {t('reviewsArea.detail.development.title')}
              </Title>
              <Text size="xs" c="dimmed" mb="xs">
                {t('reviewsArea.detail.development.hint')}
              </Text>
              <DevelopmentAction reviewId={review.id} today={props.today} />
            </Paper>
            <RecognitionCount staffId={review.staffId} from={cycle.from} to={cycle.to} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** The person's recognitions (core values shown, Routines → culture) in the cycle's period. */
function RecognitionCount(props: { staffId: string; from: string; to: string }) {
  const { t } = useTranslation();
  const { db } = useSession();
  const found = useLiveQuery(
    () => recognitionsInPeriod(db, props.staffId, props.from, props.to),
    [db, props.staffId, props.from, props.to],
  );
  if (!found) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid="review-recognitions">
      <Title order={3} size="h5" mb={4}>
        {t('reviewsArea.detail.recognitions.title')}
      </Title>
      <Text size="sm" data-count={found.count}>
        {found.values.length > 0
          ? t('reviewsArea.detail.recognitions.countWith', {
              count: found.count,
              values: formatList(found.values),
            })
          : t('reviewsArea.detail.recognitions.count', { count: found.count })}
      </Text>
    </Paper>
  );
}
