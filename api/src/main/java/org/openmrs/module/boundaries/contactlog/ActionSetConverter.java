package org.openmrs.module.boundaries.contactlog;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.AttributeConverter;
import javax.persistence.Converter;

/**
 * Stores the actions taken about a contact as one column of comma-separated names, in declaration order. The set is
 * small and closed, and keeping it in the entry's own row lets a page of the log load in a single query.
 */
@Converter
public class ActionSetConverter implements AttributeConverter<Set<ActionTaken>, String> {

	@Override
	public String convertToDatabaseColumn(Set<ActionTaken> actions) {
		if (actions == null || actions.isEmpty()) {
			return null;
		}
		return EnumSet.copyOf(actions).stream().map(Enum::name).collect(Collectors.joining(","));
	}

	@Override
	public Set<ActionTaken> convertToEntityAttribute(String column) {
		Set<ActionTaken> actions = EnumSet.noneOf(ActionTaken.class);
		if (column != null && !column.isEmpty()) {
			Arrays.stream(column.split(",")).map(ActionTaken::valueOf).forEach(actions::add);
		}
		return actions;
	}
}
