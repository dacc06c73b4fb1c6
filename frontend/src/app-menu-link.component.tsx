import React from 'react';
import { useTranslation } from 'react-i18next';
import { ConfigurableLink } from '@openmrs/esm-framework';

/** The app menu's entry to the Boundaries page. */
export default function BoundariesAppMenuLink() {
  const { t } = useTranslation();
  return (
    <ConfigurableLink to="${openmrsSpaBase}/boundaries" className="cds--side-nav__link">
      {t('o3Dashboard', 'Boundaries')}
    </ConfigurableLink>
  );
}
