package org.openmrs.module.boundaries.standalone;

/** Schema and runner on PostgreSql; see {@link AbstractSchemaTest}. */
class PostgreSqlSchemaTest extends AbstractSchemaTest {

	PostgreSqlSchemaTest() {
		super(Database.POSTGRESQL);
	}
}
