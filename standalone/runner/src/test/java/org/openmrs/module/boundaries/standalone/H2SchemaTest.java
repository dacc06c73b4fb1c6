package org.openmrs.module.boundaries.standalone;

/** Schema and runner on H2; see {@link AbstractSchemaTest}. */
class H2SchemaTest extends AbstractSchemaTest {

	H2SchemaTest() {
		super(Database.H2);
	}
}
