package org.openmrs;

/**
 * Stand-in for {@code org.openmrs.Auditable}.
 */
public interface Auditable extends Creatable, Changeable {
}
