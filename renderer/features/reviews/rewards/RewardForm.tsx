import { Select, SimpleGrid } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { rewardKinds } from '../../../../shared/schema/review';
import { useSession } from '../../../app/session-context';
import { useOfficeCurrency } from '../../../app/use-office-currency';
import { addReward } from '../../../db/review-commands';
import { loadStaff } from '../../../db/team-queries';
import { formatAmount } from '../../../i18n/format';
import { AmountInput } from '../../../ui/AmountInput';
import { DateField } from '../../../ui/DateField';
import { notifySaved } from '../../../ui/notify';
import { FormModal, hintBelow, NotesInput, useRecordForm } from '../../../ui/record-form';
import { rewardFormSchema, rewardFormValues } from './reward-form';

/**
 * Record a reward: its kind, who gets it, what it costs in the office currency, the day and a note. From a
 * review the person and the review are set; from the rewards tab the person is chosen.
 */
export function RewardForm(props: {
  today: string;
  staffId?: string;
  reviewId?: string | null;
  /** The person's name, when they are set (from a review): shown instead of a choice. */
  personName?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const currency = useOfficeCurrency() ?? { code: 'CNY', digits: 2, symbol: '¥' };
  const staff = useLiveQuery(() => loadStaff(session.db), [session.db]);
  const record = useRecordForm(rewardFormSchema(currency.digits), {
    initial: rewardFormValues({ staffId: props.staffId, reviewId: props.reviewId, date: props.today }),
    write: (input) => addReward(session, input),
    onSaved: (saved) => {
      const name = staff?.find((s) => s.id === saved.staffId)?.name ?? props.personName ?? '';
      notifySaved(
        t('reviewsArea.rewards.form.saved', {
          kind: t(`reviewsArea.rewards.kind.${saved.kind}`),
          name,
          amount: formatAmount(saved.amount, currency.code),
        }),
      );
      props.onClose();
    },
  });
  const { field } = record;
  return (
    <FormModal
      record={record}
      testId="reward-form"
      saveTestId="reward-save"
      onClose={props.onClose}
      title={
        props.personName
          ? t('reviewsArea.rewards.form.titleFor', { name: props.personName })
          : t('reviewsArea.rewards.form.title')
      }
    >
      <SimpleGrid cols={2}>
        <Select
          label={t('reviewsArea.rewards.form.kind')}
          withAsterisk
          allowDeselect={false}
          data={rewardKinds.map((k) => ({ value: k, label: t(`reviewsArea.rewards.kind.${k}`) }))}
          data-autofocus
          {...field('kind')}
          data-testid="reward-kind"
        />
        {props.staffId ? null : (
          <Select
            label={t('reviewsArea.rewards.form.person')}
            withAsterisk
            searchable
            data={(staff ?? []).map((s) => ({ value: s.id, label: s.name }))}
            {...field('staffId')}
            data-testid="reward-person"
          />
        )}
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <AmountInput
          label={t('reviewsArea.rewards.form.amount', { currency: currency.code })}
          description={t('reviewsArea.rewards.form.amountHint')}
          symbol={currency.symbol}
          {...field('amount')}
          data-testid="reward-amount"
        />
        <DateField
          label={t('reviewsArea.rewards.form.date')}
          withAsterisk
          {...hintBelow}
          {...field('date')}
          data-testid="reward-date"
        />
      </SimpleGrid>
      <NotesInput label={t('reviewsArea.rewards.form.note')} {...field('note')} data-testid="reward-note" />
    </FormModal>
  );
}
