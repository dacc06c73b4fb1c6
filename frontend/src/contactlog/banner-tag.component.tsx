import React from 'react';
import { useTranslation } from 'react-i18next';
import { Tag } from '@carbon/react';
import { useConfig } from '@openmrs/esm-framework';
import { type Page, useBoundaries } from '../api/api';
import { type BoundariesConfig } from '../config-schema';
import { useRecentConcerns } from './contact-log.resource';

/**
 * Under the patient banner: a tag when the patient has a recent boundary concern or may not message a provider
 * personally. Staff without the privileges to know see nothing (the reads answer 403).
 */
export default function BoundariesBannerTag({ patientUuid }: { patientUuid: string }) {
  const { t } = useTranslation();
  const { concernTagMonths } = useConfig<BoundariesConfig>();
  const concerns = useRecentConcerns(patientUuid, concernTagMonths);
  const { data: restrictions } = useBoundaries<Page<{ uuid: string }>>(`restriction?patient=${patientUuid}&limit=1`);
  return (
    <>
      {concerns.count > 0 && (
        <Tag type="red" size="md">
          {t('o3ConcernTag', 'Boundary concern')}
        </Tag>
      )}
      {Boolean(restrictions?.results.length) && (
        <Tag type="magenta" size="md">
          {t('o3RestrictionTag', 'Messaging restricted')}
        </Tag>
      )}
    </>
  );
}
