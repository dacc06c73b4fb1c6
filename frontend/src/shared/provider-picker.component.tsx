import React, { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ComboBox } from '@carbon/react';
import { type Ref } from '../api/api';
import { useProviders } from '../contactlog/contact-log.resource';

/** Choose a provider by name: the module's provider search, as the user types. */
export function ProviderPicker({
  id,
  labelText,
  onChange,
  invalidText,
}: {
  id: string;
  labelText: string;
  onChange: (provider: Ref | null) => void;
  invalidText?: string;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const { data } = useProviders(query);
  return (
    <ComboBox
      id={id}
      titleText={labelText}
      helperText={t('contactlogProviderHint', 'Start typing a name, then pick from the list.')}
      items={data?.results ?? []}
      itemToString={(item: Ref | null) => item?.display ?? ''}
      onInputChange={(text: string) => setQuery(text ?? '')}
      onChange={({ selectedItem }: { selectedItem: Ref | null }) => onChange(selectedItem ?? null)}
      invalid={Boolean(invalidText)}
      invalidText={invalidText}
    />
  );
}
