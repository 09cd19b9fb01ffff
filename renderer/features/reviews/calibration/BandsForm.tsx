import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RatingBand } from '../../../../shared/schema/review';
import { useSession } from '../../../app/session-context';
import { setCycleBands } from '../../../db/review-commands';
import { notifySaved } from '../../../ui/notify';
import { FormModal, useRecordForm } from '../../../ui/record-form';
import { bandsSchema, bandsValues } from './bands-form';

const MAX_BANDS = 8;

/** Calibrate a cycle's bands before it closes: each band's label and the lowest score that earns it. */
export function BandsForm(props: {
  cycleId: string;
  cycleName: string;
  bands: readonly RatingBand[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const record = useRecordForm(bandsSchema, {
    initial: bandsValues(props.bands),
    write: async (input) => {
      await setCycleBands(session, props.cycleId, input.bands);
      return input;
    },
    onSaved: () => {
      notifySaved(t('reviewsArea.calibration.bands.saved', { cycle: props.cycleName }));
      props.onClose();
    },
  });
  const { field, form } = record;
  const bands = form.getValues().bands;
  return (
    <FormModal
      record={record}
      testId="bands-form"
      saveTestId="bands-save"
      size="md"
      onClose={props.onClose}
      title={t('reviewsArea.calibration.bands.formTitle', { cycle: props.cycleName })}
    >
      <Text size="sm" c="dimmed">
        {t('reviewsArea.calibration.bands.hint')}
      </Text>
      <Stack gap={6}>
        {bands.map((_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; the form's list paths are by index
          <Group key={i} align="flex-start" wrap="nowrap" data-testid="band-row">
            <TextInput
              label={i === 0 ? t('reviewsArea.calibration.bands.label') : undefined}
              aria-label={t('reviewsArea.calibration.bands.labelOf', { number: i + 1 })}
              style={{ flex: 1 }}
              {...field(`bands.${i}.label`)}
            />
            <TextInput
              label={i === 0 ? t('reviewsArea.calibration.bands.min') : undefined}
              aria-label={t('reviewsArea.calibration.bands.minOf', { number: i + 1 })}
              inputMode="decimal"
              w={120}
              {...field(`bands.${i}.min`)}
              data-testid="band-min"
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={i === 0 ? 30 : 4}
              disabled={bands.length <= 1}
              aria-label={t('reviewsArea.calibration.bands.remove')}
              onClick={() => form.removeListItem('bands', i)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
      </Stack>
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          disabled={bands.length >= MAX_BANDS}
          onClick={() => form.insertListItem('bands', { label: '', min: '0' })}
        >
          {t('reviewsArea.calibration.bands.add')}
        </Button>
      </Group>
    </FormModal>
  );
}
