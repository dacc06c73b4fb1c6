package org.openmrs.module.boundaries.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hibernate.Query;
import org.hibernate.proxy.HibernateProxy;
import org.openmrs.Person;
import org.openmrs.User;
import org.openmrs.api.db.hibernate.DbSessionFactory;

/**
 * Loads what a list shows in a fixed number of statements, whatever its length. The platform maps a person's names,
 * addresses and attributes as eager collections, each loaded after the persons in batches whose number grows with the
 * number of persons (Hibernate's legacy batch sizes), and a user's roles as an eager collection loaded one user at a
 * time; a list that simply joined users or persons would cost more statements the longer it is. So a page is read in
 * steps: the ids of the page (paged and ordered in the database), then the rows with the people on them and all their
 * eager collections fetched in the same statement, then the users with their person, its collections and their roles
 * in one more. A person has a name or two, an address or two and a few attributes, so the joined rows stay few.
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
	 * collections and their roles, in two statements; the references then need nothing more from the database. The platform maps
	 * a role's privileges and related roles as eager collections, so the roles (a small table) come first, all of them
	 * with those collections, and the users' roles are then found already loaded.
	 */
	public static void users(DbSessionFactory sessionFactory, Collection<? extends User> users) {
		Set<Integer> ids = ids(users, User::getUserId);
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

	/** Loads the given persons (lazy references are fine) with their eager collections in one statement. */
	public static void persons(DbSessionFactory sessionFactory, Collection<? extends Person> persons) {
		Set<Integer> ids = ids(persons, Person::getPersonId);
		if (ids.isEmpty()) {
			return;
		}
		sessionFactory.getCurrentSession()
		        .createQuery("select distinct p from Person p" + personGraph("p") + " where p.personId in (:ids)")
		        .setParameterList("ids", ids).list();
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
