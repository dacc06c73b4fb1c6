package org.openmrs.api.cache;

import java.util.HashSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;

import org.openmrs.Role;
import org.openmrs.api.context.Context;
import org.openmrs.api.context.Daemon;

/**
 * Stand-in for {@code org.openmrs.api.cache.RolePrivilegeCache} (2.8.9), which {@code UserContext.hasPrivilege}
 * asks what each role grants. On a miss the role is read afresh by name on a daemon thread, in a session and
 * transaction of its own: only what is committed counts, and a role that is not there (not committed yet, say)
 * grants nothing, an answer that is kept like any other. Answers are kept for an hour, and all of them are dropped
 * when a role or privilege is saved and when {@link Context#clearEntireCache()} is called (the test base does after
 * every test). The real class is a Spring bean over the API cache manager; this one is static.
 */
public final class RolePrivilegeCache {

	/** The lifespan of the real cache template ("role-privileges" in infinispan-api-local.xml). */
	private static final long LIFESPAN_MILLIS = 3_600_000L;

	private static final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();

	private RolePrivilegeCache() {
	}

	public static RolePrivileges getRolePrivileges(Role role) {
		if (role == null || role.getRole() == null) {
			return new RolePrivileges(new HashSet<>(), false);
		}
		String key = RolePrivileges.normalize(role.getRole());
		Entry cached = entries.get(key);
		if (cached != null && cached.expires > System.currentTimeMillis()) {
			return cached.privileges;
		}
		RolePrivileges loaded;
		try {
			loaded = Daemon.runNewDaemonTask(() -> {
				Role fresh = Context.getUserService().getRole(role.getRole());
				return fresh == null ? new RolePrivileges(new HashSet<>(), false) : RolePrivileges.of(fresh);
			}).get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return RolePrivileges.of(role);
		}
		catch (ExecutionException e) {
			return RolePrivileges.of(role);
		}
		entries.put(key, new Entry(loaded, System.currentTimeMillis() + LIFESPAN_MILLIS));
		return loaded;
	}

	public static void clear() {
		entries.clear();
	}

	private static final class Entry {

		private final RolePrivileges privileges;

		private final long expires;

		Entry(RolePrivileges privileges, long expires) {
			this.privileges = privileges;
			this.expires = expires;
		}
	}
}
