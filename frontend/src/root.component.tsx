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
  const editor = can(Privileges.editOwnBoundaries) || can(Privileges.manageOrganisation);
  const reports = can(Privileges.reports);
  return (
    <main className={styles.page}>
      <h1>{t('o3Dashboard', 'Boundaries')}</h1>
      {!session?.authenticated || (!editor && !reports) ? (
        <NoPermission />
      ) : (
        <Tabs>
          <TabList aria-label={t('o3Dashboard', 'Boundaries')}>
            {editor && <Tab>{t('editorMyTitle', 'My boundaries')}</Tab>}
            {reports && <Tab>{t('contactlogRegisterTitle', 'Gift register')}</Tab>}
            {reports && <Tab>{t('contactlogConcernsTitle', 'Boundary concern report')}</Tab>}
          </TabList>
          <TabPanels>
            {editor && (
              <TabPanel>
                <MyBoundaries />
              </TabPanel>
            )}
            {reports && (
              <TabPanel>
                <GiftRegister />
              </TabPanel>
            )}
            {reports && (
              <TabPanel>
                <ConcernReport />
              </TabPanel>
            )}
          </TabPanels>
        </Tabs>
      )}
    </main>
  );
}
