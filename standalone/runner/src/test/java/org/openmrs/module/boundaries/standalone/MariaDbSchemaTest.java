package org.openmrs.module.boundaries.standalone;

/** Schema and runner on MariaDb; see {@link AbstractSchemaTest}. */
class MariaDbSchemaTest extends AbstractSchemaTest {

	MariaDbSchemaTest() {
		super(Database.MARIADB);
	}
}
