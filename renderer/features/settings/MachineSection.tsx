import { Button, Code, Group, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { identityFields } from '../../../shared/schema/identity';
import { useSession } from '../../app/session-context';
import { saveIdentity } from '../../db/identity';
import { notifySaved } from '../../ui/notify';
import { FormError, RecordForm, useRecordForm } from '../../ui/record-form';
import { Section } from '../../ui/Section';

/** This machine's name and order prefix, and its device id (which never changes). */
export function MachineSection() {
  const { t } = useTranslation();
  const { db, identity } = useSession();
  const machine = useRecordForm(identityFields, {
    initial: { machineName: identity.machineName, orderPrefix: identity.orderPrefix },
    write: (input) => saveIdentity(db, input),
    onSaved: (saved) => {
      // The session's identity object is shared by the whole shell; update it in place so new orders use it.
      Object.assign(identity, saved);
      machine.form.setValues({ machineName: saved.machineName, orderPrefix: saved.orderPrefix });
      machine.form.resetDirty();
      notifySaved(t('settings.saved'));
    },
  });
  return (
    <Section title={t('settings.machine')} hint={t('settings.machineHint')}>
      <RecordForm record={machine}>
        <Group align="flex-start">
          <TextInput label={t('firstRun.machineName')} {...machine.field('machineName')} />
          <TextInput
            label={t('firstRun.orderPrefix')}
            maxLength={6}
            w={200}
            {...machine.field('orderPrefix')}
          />
          <Button type="submit" mt={25} loading={machine.busy}>
            {t('settings.save')}
          </Button>
        </Group>
      </RecordForm>
      <FormError message={machine.error} />
      <Text size="xs" c="dimmed">
        {t('settings.deviceId')}: <Code>{identity.deviceId}</Code>
      </Text>
    </Section>
  );
}
