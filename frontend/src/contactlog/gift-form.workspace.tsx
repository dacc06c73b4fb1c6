import React, { useState } from 'react';
import { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Form, InlineNotification, Stack, TextArea, TextInput } from '@carbon/react';
import { useDebounce, Workspace2, type Workspace2DefinitionProps } from '@openmrs/esm-framework';
import { type Ref, useBoundaries, useBoundariesWrite, useRefresh } from '../api/api';
import { type FieldErrors, useSubmission } from '../shared/form';
import { EnumSelect, FormButtons } from '../shared/form-parts.component';
import { ProviderPicker } from '../shared/provider-picker.component';
import { Failure } from '../shared/states';
import { type GiftAssessment, GiftDecisions, GiftDonors, GiftKinds, today } from './contact-log.resource';
import styles from './form.scss';

interface GiftValues {
  description: string;
  kind: string;
  estimatedValue: string;
  currency: string;
  recipient: Ref | null;
  donor: string;
  offeredOn: string;
  decision: string;
  declaredOn: string;
}

/** The API's gift rules (docs/contactlog.md, Validation). */
export function checkGift(values: GiftValues, t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  const value = Number(values.estimatedValue);
  if (!values.description.trim()) {
    errors.description = t('errorDescriptionRequired', 'Describe the gift.');
  }
  if (!values.kind) {
    errors.kind = t('errorKindRequired', 'Choose the kind of gift.');
  }
  if (values.estimatedValue.trim() === '' || Number.isNaN(value)) {
    errors.estimatedValue = t('errorEstimatedValueRequired', "Estimate the gift's value.");
  } else if (value < 0) {
    errors.estimatedValue = t('errorEstimatedValueNegative', 'The value cannot be negative.');
  } else if (value > 1_000_000) {
    errors.estimatedValue = t('errorEstimatedValueTooLarge', 'The value can be at most {{0}}.', { 0: '1000000' });
  } else if (!/^\d+(\.\d{1,2})?$/.test(values.estimatedValue.trim())) {
    errors.estimatedValue = t('errorEstimatedValuePrecision', 'Use at most two decimal places.');
  }
  if (values.currency && !/^[A-Za-z]{3}$/.test(values.currency)) {
    errors.currency = t('errorCurrencyInvalid', 'Use a three-letter currency code such as GBP.');
  }
  if (!values.recipient) {
    errors.recipientProvider = t('errorRecipientProviderRequired', 'Say to whom the gift was offered.');
  }
  if (!values.donor) {
    errors.donor = t('errorDonorRequired', 'Say who offered the gift.');
  }
  if (!values.offeredOn) {
    errors.offeredOn = t('errorOfferedOnRequired', 'Give the date the gift was offered.');
  } else if (values.offeredOn > today()) {
    errors.offeredOn = t('errorOfferedOnFuture', 'The date offered cannot be in the future.');
  }
  if (!values.decision) {
    errors.decision = t('errorDecisionRequired', 'Record what was decided.');
  }
  if (values.declaredOn && values.offeredOn && values.declaredOn < values.offeredOn) {
    errors.declaredOn = t('errorDeclaredOnBeforeOffer', 'A gift cannot be declared before it was offered.');
  } else if (values.declaredOn > today()) {
    errors.declaredOn = t('errorDeclaredOnFuture', 'The declaration date cannot be in the future.');
  }
  return errors;
}

/** The API's warnings for the gift as typed: over the threshold alone or with the chart's 12-month total, cash. */
function useAssessment(patientUuid: string, values: GiftValues) {
  const value = useDebounce(values.estimatedValue.trim(), 300);
  const ready = patientUuid && value !== '' && !Number.isNaN(Number(value));
  const params = new URLSearchParams({ patient: patientUuid ?? '', estimatedValue: value });
  if (values.currency) params.set('currency', values.currency.toUpperCase());
  if (values.kind) params.set('kind', values.kind);
  if (values.decision) params.set('decision', values.decision);
  if (values.offeredOn) params.set('offeredOn', values.offeredOn);
  return useBoundaries<GiftAssessment>(ready ? `gift/assessment?${params}` : null);
}

export default function GiftFormWorkspace({ closeWorkspace, groupProps }: Workspace2DefinitionProps<object, object, { patientUuid: string }>) {
  const { t } = useTranslation();
  const patientUuid = groupProps?.patientUuid;
  const write = useBoundariesWrite();
  const refresh = useRefresh();
  const { fieldErrors, failure, submitting, submit } = useSubmission();
  const [values, setValues] = useState<GiftValues>({
    description: '',
    kind: '',
    estimatedValue: '',
    currency: '',
    recipient: null,
    donor: '',
    offeredOn: today(),
    decision: '',
    declaredOn: '',
  });
  const [donorName, setDonorName] = useState('');
  const [reason, setReason] = useState('');
  const set = (field: keyof GiftValues) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });
  const { data: assessment } = useAssessment(patientUuid, values);

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    submit(
      checkGift(values, t),
      () =>
        write('POST', 'gift', {
          patient: patientUuid,
          description: values.description,
          kind: values.kind,
          estimatedValue: Number(values.estimatedValue),
          currency: values.currency ? values.currency.toUpperCase() : undefined,
          recipientProvider: values.recipient?.uuid,
          donor: values.donor,
          donorName: donorName || undefined,
          offeredOn: values.offeredOn,
          decision: values.decision,
          reason: reason || undefined,
          declaredOn: values.declaredOn || undefined,
        }),
      () => {
        refresh('gift', 'contact');
        closeWorkspace({ discardUnsavedChanges: true });
      },
    );
  };

  const choice = (id: keyof GiftValues, text: string, options: Array<string>, prefix: string) => (
    <EnumSelect
      id={id}
      labelText={text}
      value={values[id] as string}
      onChange={(value) => setValues({ ...values, [id]: value })}
      values={options}
      prefix={prefix}
      invalidText={fieldErrors[id]}
    />
  );

  return (
    <Workspace2 title={t('contactlogAddGift', 'Record a gift')} hasUnsavedChanges={Boolean(values.description || values.estimatedValue)}>
      <Form className={styles.form} onSubmit={onSubmit} noValidate>
        <Stack gap={5}>
          <TextInput
            id="description"
            labelText={t('contactlogFieldDescription', 'Description')}
            value={values.description}
            onChange={set('description')}
            invalid={Boolean(fieldErrors.description)}
            invalidText={fieldErrors.description}
          />
          {choice('kind', t('contactlogFieldKind', 'Kind of gift'), GiftKinds, 'contactlogGiftKind')}
          <TextInput
            id="estimatedValue"
            inputMode="decimal"
            labelText={t('contactlogFieldEstimatedValue', 'Estimated value')}
            value={values.estimatedValue}
            onChange={set('estimatedValue')}
            invalid={Boolean(fieldErrors.estimatedValue)}
            invalidText={fieldErrors.estimatedValue}
          />
          <TextInput
            id="currency"
            maxLength={3}
            labelText={t('contactlogFieldCurrency', 'Currency')}
            value={values.currency}
            onChange={set('currency')}
            invalid={Boolean(fieldErrors.currency)}
            invalidText={fieldErrors.currency}
          />
          {assessment && assessment.warnings.length > 0 && (
            <div className={styles.warnings} role="status">
              {assessment.warnings.map((warning) => (
                <InlineNotification key={warning.code} kind="warning" lowContrast hideCloseButton title={warning.message} />
              ))}
            </div>
          )}
          <ProviderPicker
            id="recipientProvider"
            labelText={t('contactlogFieldRecipientProvider', 'Offered to (provider)')}
            onChange={(recipient) => setValues({ ...values, recipient })}
            invalidText={fieldErrors.recipientProvider}
          />
          {choice('donor', t('contactlogFieldDonor', 'Offered by'), GiftDonors, 'contactlogGiftDonor')}
          <TextInput id="donorName" labelText={t('contactlogFieldDonorName', "Donor's name")} value={donorName} onChange={(e) => setDonorName(e.target.value)} />
          <TextInput
            id="offeredOn"
            type="date"
            labelText={t('contactlogFieldOfferedOn', 'Date offered')}
            value={values.offeredOn}
            onChange={set('offeredOn')}
            invalid={Boolean(fieldErrors.offeredOn)}
            invalidText={fieldErrors.offeredOn}
          />
          {choice('decision', t('contactlogFieldDecision', 'Decision'), GiftDecisions, 'contactlogGiftDecision')}
          <TextArea id="reason" labelText={t('contactlogFieldReason', 'Reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
          <TextInput
            id="declaredOn"
            type="date"
            labelText={t('contactlogFieldDeclaredOn', 'Declared to the register on')}
            value={values.declaredOn}
            onChange={set('declaredOn')}
            invalid={Boolean(fieldErrors.declaredOn)}
            invalidText={fieldErrors.declaredOn}
          />
          {failure && <Failure error={failure} />}
        </Stack>
        <FormButtons onCancel={() => closeWorkspace()} submitting={submitting} />
      </Form>
    </Workspace2>
  );
}
