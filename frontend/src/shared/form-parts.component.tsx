import React from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonSet, Select, SelectItem } from '@carbon/react';
import { label } from './format';
import styles from '../contactlog/form.scss';

/** Cancel and Save at the foot of a workspace form. */
export function FormButtons({ onCancel, submitting }: { onCancel: () => void; submitting: boolean }) {
  const { t } = useTranslation();
  return (
    <ButtonSet className={styles.buttons}>
      <Button kind="secondary" onClick={onCancel}>
        {t('contactlogCancel', 'Cancel')}
      </Button>
      <Button kind="primary" type="submit" disabled={submitting}>
        {t('contactlogSave', 'Save')}
      </Button>
    </ButtonSet>
  );
}

/** A choice of one of the API's enum values, each named by the module's messages (`prefix` + value). */
export function EnumSelect({
  id,
  labelText,
  value,
  onChange,
  values,
  prefix,
  invalidText,
}: {
  id: string;
  labelText: string;
  value: string;
  onChange: (value: string) => void;
  values: Array<string>;
  prefix: string;
  invalidText?: string;
}) {
  const { t } = useTranslation();
  return (
    <Select id={id} labelText={labelText} value={value} onChange={(e) => onChange(e.target.value)} invalid={Boolean(invalidText)} invalidText={invalidText}>
      <SelectItem value="" text={t('contactlogChoose', '— choose —')} />
      {values.map((v) => (
        <SelectItem key={v} value={v} text={label(t, prefix, v)} />
      ))}
    </Select>
  );
}
