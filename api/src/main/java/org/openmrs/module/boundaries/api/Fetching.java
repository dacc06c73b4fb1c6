package org.openmrs.module.boundaries.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hibernate.Cache;
import org.hibernate.Query;
import org.hibernate.proxy.HibernateProxy;
import org.openmrs.Person;
import org.openmrs.User;
import org.openmrs.api.db.hibernate.DbSession;
import org.openmrs.api.db.hibernate.DbSessionFactory;

/**
 * Loads what a list shows in a fixed number of statements, whatever its length. The platform maps a person's names,
 * addresses and attributes as eager collections, each loaded after the persons in batches whose number grows with the
 * number of persons (Hibernate's legacy batch sizes), and a user's roles as an eager collection loaded one user at a
 * time; a list that simply joined users or persons would cost more statements the longer it is. So a page is read in
 * steps: the ids of the page (paged and ordered in the database), then the rows with the people on them and all their
 * eager collections fetched in the same statement, then the users with their person, its collections and their roles
 * in one more. A person has a name or two, an address or two and a few attributes, so the joined rows stay few.
 * <p>
 * The platform keeps users, persons and those collections in Hibernate's second-level cache, which a query does not
 * read: the people the cache already holds are left out of these statements (and come from the cache when shown), so
 * a page of people seen recently costs none of them.
 */
public final class Fetching {

	/**
	 * HQL to append to a query over {@code Person p} (or a subclass, or a join to one) so that its eager collections
	 * (names, addresses, attributes with their types) come in the same statement; the aliases are {@code p_n},
	 * {@code p_ad}, {@code p_at} for {@code p}.
	 */
	public static String personGraph(String personAlias) {
		String p = personAlias;
		return " left join fetch " + p + ".names " + p + "_n left join fetch " + p + ".addresses " + p
		        + "_ad left join fetch " + p + ".attributes " + p + "_at left join fetch " + p + "_at.attributeType";
	}

	/** A user's roles, an eager collection the platform caches with the user. */
	private static final List<String> USER_ROLES = Collections.singletonList(User.class.getName() + ".roles");

	/** A person's eager collections, which the platform caches with the person. */
	private static final List<String> PERSON_COLLECTIONS = Collections.unmodifiableList(
	    Arrays.asList(Person.class.getName() + ".names", Person.class.getName() + ".addresses",
	        Person.class.getName() + ".attributes"));

	private Fetching() {
	}

	/**
	 * The rows whose ids are given, in that order, loaded by one query that takes the ids as {@code :ids}.
	 *
	 * @param ids a page of ids, as the paged query returned them
	 * @param query the query that fetches the rows and their graph, with {@code where x.id in (:ids)}
	 */
	@SuppressWarnings("unchecked")
	public static <T> List<T> inOrder(List<Integer> ids, Query query, Function<T, Integer> idOf) {
		if (ids.isEmpty()) {
			return new ArrayList<>();
		}
		Map<Integer, T> byId = ((List<T>) query.setParameterList("ids", ids).list()).stream()
		        .collect(Collectors.toMap(idOf, Function.identity(), (a, b) -> a));
		List<T> ordered = new ArrayList<>(ids.size());
		for (Integer id : ids) {
			ordered.add(byId.get(id));
		}
		return ordered;
	}

	/**
	 * Loads the given users (lazy references are fine: they are not touched) with their person, the person's eager
	 * collections and their roles, in at most four statements, none for those the platform's second-level cache holds.
	 * A user the cache holds (with its roles) brings its person at once when it is loaded, an eager reference: their
	 * persons' ids come first (one narrow statement) and those persons through {@link #persons}. The others are read
	 * whole: the platform maps a role's privileges and related roles as eager collections, so the roles (a small table)
	 * come first, all of them with those collections, then the users with their person and roles in one more.
	 */
	public static void users(DbSessionFactory sessionFactory, Collection<? extends User> users) {
		Set<Integer> ids = ids(users, User::getUserId);
		if (ids.isEmpty()) {
			return;
		}
		Set<Integer> cached = cached(sessionFactory, User.class, ids, USER_ROLES);
		if (!cached.isEmpty()) {
			@SuppressWarnings("unchecked")
			List<Integer> personIds = sessionFactory.getCurrentSession()
			        .createQuery("select u.person.personId from User u where u.userId in (:ids)")
			        .setParameterList("ids", cached).list();
			personsById(sessionFactory, new LinkedHashSet<>(personIds));
		}
		ids.removeAll(cached);
		if (ids.isEmpty()) {
			return;
		}
		sessionFactory.getCurrentSession().createQuery("select distinct r from Role r left join fetch r.privileges"
		        + " left join fetch r.inheritedRoles left join fetch r.childRoles").list();
		sessionFactory.getCurrentSession()
		        .createQuery("select distinct u from User u left join fetch u.person p" + personGraph("p")
		                + " left join fetch u.roles where u.userId in (:ids)")
		        .setParameterList("ids", ids).list();
	}

	/**
	 * Loads the given persons (lazy references are fine) with their eager collections: those the platform's
	 * second-level cache holds whole cost nothing, the others one statement.
	 */
	public static void persons(DbSessionFactory sessionFactory, Collection<? extends Person> persons) {
		personsById(sessionFactory, ids(persons, Person::getPersonId));
	}

	private static void personsById(DbSessionFactory sessionFactory, Set<Integer> ids) {
		ids.removeAll(cached(sessionFactory, Person.class, ids, PERSON_COLLECTIONS));
		if (ids.isEmpty()) {
			return;
		}
		sessionFactory.getCurrentSession()
		        .createQuery("select distinct p from Person p" + personGraph("p") + " where p.personId in (:ids)")
		        .setParameterList("ids", ids).list();
	}

	/**
	 * The ids of those entities the platform's second-level cache holds with the given collections, when this session
	 * reads from it (none when its cache mode ignores the cache).
	 */
	private static Set<Integer> cached(DbSessionFactory sessionFactory, Class<?> type, Set<Integer> ids,
	        List<String> collections) {
		DbSession session = sessionFactory.getCurrentSession();
		if (!session.getCacheMode().isGetEnabled()) {
			return Collections.emptySet();
		}
		Cache cache = session.getSessionFactory().getCache();
		return ids.stream().filter(id -> cache.containsEntity(type, id)
		        && collections.stream().allMatch(role -> cache.containsCollection(role, id))).collect(Collectors.toSet());
	}

	/**
	 * The ids of entities, read from a lazy reference without loading it: an OpenMRS object's hashCode and equals use
	 * its uuid, so even putting a lazy reference in a set would load it.
	 */
	private static <T> Set<Integer> ids(Collection<? extends T> entities, Function<T, Integer> idOf) {
		Set<Integer> ids = new LinkedHashSet<>();
		for (T entity : entities) {
			if (entity instanceof HibernateProxy) {
				ids.add((Integer) ((HibernateProxy) entity).getHibernateLazyInitializer().getIdentifier());
			} else if (entity != null && idOf.apply(entity) != null) {
				ids.add(idOf.apply(entity));
			}
		}
		return ids;
	}

	/** The users referred to by each row, for {@link #users}. */
	@SafeVarargs
	public static <T> List<User> usersOf(List<T> rows, Function<T, User>... references) {
		if (rows.isEmpty()) {
			return Collections.emptyList();
		}
		List<User> users = new ArrayList<>();
		for (T row : rows) {
			for (Function<T, User> reference : references) {
				users.add(reference.apply(row));
			}
		}
		return users;
	}
}
