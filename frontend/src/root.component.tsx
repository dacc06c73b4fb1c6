import React from 'react';
import { useTranslation } from 'react-i18next';
import { Tab, TabList, TabPanel, TabPanels, Tabs } from '@carbon/react';
import { Privileges, useBoundariesSession } from './api/api';
import MyBoundaries from './boundaries/my-boundaries.component';
import { ConcernReport, GiftRegister } from './reports/reports.component';
import { Failure, Loading, NoPermission } from './shared/states';
import styles from './root.scss';

/** The page behind the app menu: the clinician's own boundaries and, for managers, the register and report. */
export default function Root() {
  const { t } = useTranslation();
  const { session, error, isLoading, can } = useBoundariesSession();
  if (isLoading) {
    return <Loading />;
  }
  if (error) {
    return <Failure error={error} />;
  }
  const sections = [
    (can(Privileges.editOwnBoundaries) || can(Privileges.manageOrganisation)) && {
      title: t('editorMyTitle', 'My boundaries'),
      content: <MyBoundaries />,
    },
    can(Privileges.reports) && { title: t('contactlogRegisterTitle', 'Gift register'), content: <GiftRegister /> },
    can(Privileges.reports) && { title: t('contactlogConcernsTitle', 'Boundary concern report'), content: <ConcernReport /> },
  ].filter(Boolean) as Array<{ title: string; content: React.ReactNode }>;
  return (
    <main className={styles.page}>
      <h1>{t('o3Dashboard', 'Boundaries')}</h1>
      {!session?.authenticated || sections.length === 0 ? (
        <NoPermission />
      ) : (
        <Tabs>
          <TabList aria-label={t('o3Dashboard', 'Boundaries')}>
            {sections.map((section) => (
              <Tab key={section.title}>{section.title}</Tab>
            ))}
          </TabList>
          <TabPanels>
            {sections.map((section) => (
              <TabPanel key={section.title}>{section.content}</TabPanel>
            ))}
          </TabPanels>
        </Tabs>
      )}
    </main>
  );
}
