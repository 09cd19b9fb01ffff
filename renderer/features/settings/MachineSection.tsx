import { Button, Code, Group, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { prefixPattern } from '../../../shared/rules/order-number';
import { useSession } from '../../app/session-context';
import { saveIdentity } from '../../db/identity';
import { Section } from './Section';

export function MachineSection() {
  const { t } = useTranslation();
  const { db, identity } = useSession();
  const form = useForm({
    initialValues: { machineName: identity.machineName, orderPrefix: identity.orderPrefix },
    validate: {
      machineName: (v) => (v.trim() && v.trim().length <= 60 ? null : t('identity.machineNameInvalid')),
      orderPrefix: (v) =>
        prefixPattern.test(v.trim().toUpperCase()) ? null : t('identity.orderPrefixInvalid'),
    },
  });
  const save = form.onSubmit(async (values) => {
    const saved = await saveIdentity(db, values);
    // The session's identity object is shared by the whole shell; update it in place so new orders use it.
    Object.assign(identity, saved);
    form.setInitialValues({ machineName: saved.machineName, orderPrefix: saved.orderPrefix });
    notifications.show({ message: t('settings.saved'), color: 'green' });
  });
  return (
    <Section title={t('settings.machine')} hint={t('settings.machineHint')}>
      <form onSubmit={save}>
        <Group align="flex-end">
          <TextInput label={t('firstRun.machineName')} {...form.getInputProps('machineName')} />
          <TextInput
            label={t('firstRun.orderPrefix')}
            maxLength={6}
            w={140}
            {...form.getInputProps('orderPrefix')}
          />
          <Button type="submit">{t('settings.save')}</Button>
        </Group>
      </form>
      <Text size="xs" c="dimmed">
        {t('settings.deviceId')}: <Code>{identity.deviceId}</Code>
      </Text>
    </Section>
  );
}
