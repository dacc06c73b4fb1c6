import React, { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, Form, Stack, TextArea, TextInput } from '@carbon/react';
import { Workspace2, type Workspace2DefinitionProps } from '@openmrs/esm-framework';
import { type Ref, useBoundariesWrite, useRefresh } from '../api/api';
import { type FieldErrors, useSubmission } from '../shared/form';
import { FormButtons } from '../shared/form-parts.component';
import { ProviderPicker } from '../shared/provider-picker.component';
import { Failure } from '../shared/states';
import { today } from './contact-log.resource';
import styles from './form.scss';

interface TransferValues {
  fromProvider: Ref | null;
  toProvider: Ref | null;
  reason: string;
  effectiveDate: string;
  toldInWriting: boolean;
  letterDate: string;
  recordsPassedOn: string;
}

/** The API's transfer rules (docs/contactlog.md, Validation). */
export function checkTransfer(values: TransferValues, t: (key: string, fallback: string) => string): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.fromProvider) {
    errors.fromProvider = t('errorFromProviderRequired', 'Choose the provider care moves from.');
  }
  if (!values.toProvider) {
    errors.toProvider = t('errorToProviderRequired', 'Choose the colleague who takes over.');
  } else if (values.fromProvider?.uuid === values.toProvider.uuid) {
    errors.toProvider = t('errorToProviderSame', 'Care must move to a different provider.');
  }
  if (!values.reason.trim()) {
    errors.reason = t('errorTransferReasonRequired', 'Give the reason for the transfer.');
  }
  if (!values.effectiveDate) {
    errors.effectiveDate = t('errorEffectiveDateRequired', 'Give the date the transfer takes effect.');
  }
  if (values.toldInWriting && !values.letterDate) {
    errors.letterDate = t('errorLetterDateRequired', 'Give the date of the letter.');
  } else if (!values.toldInWriting && values.letterDate) {
    errors.letterDate = t('errorLetterDateNotToldInWriting', 'A letter date only applies when the patient was told in writing.');
  } else if (values.letterDate > today()) {
    errors.letterDate = t('errorLetterDateFuture', 'The letter date cannot be in the future.');
  }
  if (values.recordsPassedOn > today()) {
    errors.recordsPassedOn = t('errorRecordsPassedOnFuture', 'The date records were passed on cannot be in the future.');
  }
  return errors;
}

export default function TransferFormWorkspace({ closeWorkspace, groupProps }: Workspace2DefinitionProps<object, object, { patientUuid: string }>) {
  const { t } = useTranslation();
  const write = useBoundariesWrite();
  const refresh = useRefresh();
  const { fieldErrors, failure, submitting, submit } = useSubmission();
  const [values, setValues] = useState<TransferValues>({
    fromProvider: null,
    toProvider: null,
    reason: '',
    effectiveDate: today(),
    toldInWriting: false,
    letterDate: '',
    recordsPassedOn: '',
  });
  const [endsRelationship, setEndsRelationship] = useState(false);
  const [patientWarnedFirst, setPatientWarnedFirst] = useState(false);
  const text = (field: 'reason' | 'effectiveDate' | 'letterDate' | 'recordsPassedOn') => ({
    id: field,
    value: values[field],
    onChange: (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value }),
    invalid: Boolean(fieldErrors[field]),
    invalidText: fieldErrors[field],
  });

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    submit(
      checkTransfer(values, t),
      () =>
        write('POST', 'transfer', {
          patient: groupProps?.patientUuid,
          fromProvider: values.fromProvider?.uuid,
          toProvider: values.toProvider?.uuid,
          reason: values.reason,
          endsRelationship,
          patientWarnedFirst,
          toldInWriting: values.toldInWriting,
          letterDate: values.letterDate || undefined,
          recordsPassedOn: values.recordsPassedOn || undefined,
          effectiveDate: values.effectiveDate,
        }),
      () => {
        refresh('transfer', 'contact', 'thread');
        closeWorkspace({ discardUnsavedChanges: true });
      },
    );
  };

  return (
    <Workspace2 title={t('contactlogAddTransfer', 'Record a transfer of care')} hasUnsavedChanges={Boolean(values.reason)}>
      <Form className={styles.form} onSubmit={onSubmit} noValidate>
        <Stack gap={5}>
          <ProviderPicker
            id="fromProvider"
            labelText={t('contactlogFieldFromProvider', 'From provider')}
            onChange={(fromProvider) => setValues({ ...values, fromProvider })}
            invalidText={fieldErrors.fromProvider}
          />
          <ProviderPicker
            id="toProvider"
            labelText={t('contactlogFieldToProvider', 'To provider')}
            onChange={(toProvider) => setValues({ ...values, toProvider })}
            invalidText={fieldErrors.toProvider}
          />
          <TextArea labelText={t('contactlogFieldReason', 'Reason')} {...text('reason')} />
          <TextInput type="date" labelText={t('contactlogFieldEffectiveDate', 'Effective from')} {...text('effectiveDate')} />
          <Checkbox
            id="endsRelationship"
            labelText={t('contactlogFieldEndsRelationship', 'Ends the professional relationship')}
            checked={endsRelationship}
            onChange={(_, { checked }) => setEndsRelationship(checked)}
          />
          <Checkbox
            id="patientWarnedFirst"
            labelText={t('contactlogFieldPatientWarnedFirst', 'Patient was warned first')}
            checked={patientWarnedFirst}
            onChange={(_, { checked }) => setPatientWarnedFirst(checked)}
          />
          <Checkbox
            id="toldInWriting"
            labelText={t('contactlogFieldToldInWriting', 'Patient told in writing, with reasons')}
            checked={values.toldInWriting}
            onChange={(_, { checked }) => setValues({ ...values, toldInWriting: checked })}
          />
          <TextInput type="date" labelText={t('contactlogFieldLetterDate', 'Date of the letter')} {...text('letterDate')} />
          <TextInput type="date" labelText={t('contactlogFieldRecordsPassedOn', 'Records passed on')} {...text('recordsPassedOn')} />
          {failure && <Failure error={failure} />}
        </Stack>
        <FormButtons onCancel={() => closeWorkspace()} submitting={submitting} />
      </Form>
    </Workspace2>
  );
}
