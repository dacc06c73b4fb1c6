package org.openmrs.module.boundaries.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Lets the persistence suite run against MariaDB or PostgreSQL (the platform's own switches:
 * {@code -DuseInMemoryDatabase=false -DdatabaseUrl=...}) and skips it, saying why, when that server cannot be
 * reached. Registered through the JUnit service loader and switched on only by the Maven executions that target an
 * external database.
 */
public class ExternalDatabaseCondition implements ExecutionCondition {

	private static final String CHECKED_KEY = ExternalDatabaseCondition.class.getName();

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!"false".equals(System.getProperty("useInMemoryDatabase"))) {
			return ConditionEvaluationResult.enabled("in-memory H2");
		}
		String url = System.getProperty("databaseUrl");
		ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
		String failure = store.getOrComputeIfAbsent(CHECKED_KEY, key -> reachabilityProblem(url), String.class);
		if (failure.isEmpty()) {
			return ConditionEvaluationResult.enabled("database reachable: " + url);
		}
		return ConditionEvaluationResult.disabled("Skipped: database " + url + " is unreachable (" + failure + ")");
	}

	private static String reachabilityProblem(String url) {
		DriverManager.setLoginTimeout(5);
		try (Connection ignored = DriverManager.getConnection(url, System.getProperty("databaseUsername"),
		    System.getProperty("databasePassword"))) {
			return "";
		}
		catch (SQLException e) {
			String problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			System.err.println("[boundaries] " + url + " unreachable, persistence suite skipped there: " + problem);
			return problem;
		}
	}
}
