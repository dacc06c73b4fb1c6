package org.openmrs.module.boundaries.standalone;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * A JDBC driver in front of H2, for URLs {@code jdbc:faulty:h2:...}, whose database can be made to go away: at the
 * first statement whose SQL contains a given text, i.e. in the middle of a request's transaction, or just after the
 * next commit, i.e. between one transaction of a request and the next. While it is away every call on every connection
 * fails as a dropped connection does (SQL state 08S01) and no new connection can be made. The pool discards the broken connections, and H2 rolls back what they had not committed when they are
 * closed, as a database server does for a connection it lost.
 */
final class FaultyDatabase implements Driver {

	static final String PREFIX = "jdbc:faulty:";

	private static volatile boolean away;

	private static volatile String awayAt;

	private static volatile boolean awayAfterCommit;

	private static boolean registered;

	static synchronized void register() throws SQLException {
		if (!registered) {
			DriverManager.registerDriver(new FaultyDatabase());
			registered = true;
		}
	}

	/** The URL that reaches an H2 URL through this driver. */
	static String through(String h2Url) {
		return PREFIX + h2Url.substring("jdbc:".length());
	}

	/** The database goes away when a statement containing this SQL (any case) is prepared. */
	static void goAwayAt(String sql) {
		awayAt = sql.toLowerCase(Locale.ROOT);
	}

	/** The database goes away once the next transaction on any connection has committed. */
	static void goAwayAfterNextCommit() {
		awayAfterCommit = true;
	}

	static void comeBack() {
		awayAt = null;
		awayAfterCommit = false;
		away = false;
	}

	@Override
	public Connection connect(String url, Properties info) throws SQLException {
		if (!acceptsURL(url)) {
			return null;
		}
		if (away) {
			throw gone();
		}
		return wrap(Connection.class, DriverManager.getConnection("jdbc:" + url.substring(PREFIX.length()), info));
	}

	private static SQLException gone() {
		return new SQLNonTransientConnectionException("The database went away (FaultyDatabase)", "08S01");
	}

	private static <T> T wrap(Class<T> type, T target) {
		return type.cast(Proxy.newProxyInstance(FaultyDatabase.class.getClassLoader(), new Class<?>[] { type },
		    (proxy, method, args) -> {
			    String name = method.getName();
			    if (name.equals("close") || name.equals("isClosed")) {
				    return invoke(method, target, args);
			    }
			    if (name.equals("isValid") && away) {
				    return false;
			    }
			    String trigger = awayAt;
			    if (trigger != null && name.startsWith("prepare") && args != null && args[0] instanceof String
			            && ((String) args[0]).toLowerCase(Locale.ROOT).contains(trigger)) {
				    awayAt = null;
				    away = true;
			    }
			    if (away) {
				    throw gone();
			    }
			    Object result = invoke(method, target, args);
			    if (name.equals("commit") && awayAfterCommit) {
				    awayAfterCommit = false;
				    away = true;
			    }
			    if (result instanceof CallableStatement) {
				    return wrap(CallableStatement.class, (CallableStatement) result);
			    }
			    if (result instanceof PreparedStatement) {
				    return wrap(PreparedStatement.class, (PreparedStatement) result);
			    }
			    if (result instanceof Statement) {
				    return wrap(Statement.class, (Statement) result);
			    }
			    return result;
		    }));
	}

	private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}

	@Override
	public boolean acceptsURL(String url) {
		return url != null && url.startsWith(PREFIX);
	}

	@Override
	public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
		return new DriverPropertyInfo[0];
	}

	@Override
	public int getMajorVersion() {
		return 1;
	}

	@Override
	public int getMinorVersion() {
		return 0;
	}

	@Override
	public boolean jdbcCompliant() {
		return false;
	}

	@Override
	public Logger getParentLogger() throws SQLFeatureNotSupportedException {
		throw new SQLFeatureNotSupportedException();
	}
}
