package org.openmrs.module.boundaries.contactlog;

import java.math.BigDecimal;
import java.util.Date;
import java.util.Map;

/**
 * One gift of the register as its export writes it: the gift's own columns and the names of the people it names,
 * read as plain values rather than as entities, so that a whole year can be written batch after batch without
 * loading a patient, provider or user.
 */
public final class GiftRegisterRow {

	/**
	 * What the export's query selects, in the order the constructor reads it, over the gift {@code g}, its recipient
	 * provider {@code rp}, recipient user {@code ru} and creator {@code c}. People are named by their person ids, whose
	 * names a second query reads.
	 */
	static final String SELECT = "select g.id, g.offeredOn, g.description, g.kind, g.estimatedValue, g.currency,"
	        + " g.donor, g.donorName, g.decision, g.reason, g.declaredOn, g.uuid, g.patient.id, rp.person.id,"
	        + " rp.identifier, ru.person.id, ru.username, ru.systemId, c.person.id, c.username, c.systemId"
	        + " from GiftRecord g left join g.recipientProvider rp left join g.recipientUser ru left join g.creator c";

	/** Where {@link #SELECT}'s columns hold person ids. */
	static final int[] PERSON_COLUMNS = { 12, 13, 15, 18 };

	private final Integer id;

	private final Date offeredOn;

	private final String patient;

	private final String description;

	private final GiftKind kind;

	private final BigDecimal estimatedValue;

	private final String currency;

	private final String recipient;

	private final GiftDonor donor;

	private final String donorName;

	private final GiftDecision decision;

	private final String reason;

	private final Date declaredOn;

	private final String recordedBy;

	private final String uuid;

	/**
	 * @param columns a result of {@link #SELECT}
	 * @param names the display names of the persons it names, by person id
	 */
	GiftRegisterRow(Object[] columns, Map<Integer, String> names) {
		id = (Integer) columns[0];
		offeredOn = (Date) columns[1];
		description = (String) columns[2];
		kind = (GiftKind) columns[3];
		estimatedValue = (BigDecimal) columns[4];
		currency = (String) columns[5];
		donor = (GiftDonor) columns[6];
		donorName = (String) columns[7];
		decision = (GiftDecision) columns[8];
		reason = (String) columns[9];
		declaredOn = (Date) columns[10];
		uuid = (String) columns[11];
		patient = names.get(columns[12]);
		recipient = Display.recipient(Display.provider(names.get(columns[13]), (String) columns[14]),
		    Display.user(names.get(columns[15]), (String) columns[16], (String) columns[17]));
		recordedBy = Display.user(names.get(columns[18]), (String) columns[19], (String) columns[20]);
	}

	/** True when this gift alone is at or over the declaration threshold, as {@link GiftRecord#requiresDeclaration}. */
	public boolean requiresDeclaration(GiftPolicy policy) {
		return policy.reachesThreshold(estimatedValue, currency);
	}

	/** The database id: where the next batch starts, with {@link #getOfferedOn()}. */
	Integer getId() {
		return id;
	}

	public Date getOfferedOn() {
		return offeredOn;
	}

	/** The patient's name. */
	public String getPatient() {
		return patient;
	}

	public String getDescription() {
		return description;
	}

	public GiftKind getKind() {
		return kind;
	}

	public BigDecimal getEstimatedValue() {
		return estimatedValue;
	}

	public String getCurrency() {
		return currency;
	}

	/** Who the gift was offered to, as {@link Display#recipient}. */
	public String getRecipient() {
		return recipient;
	}

	public GiftDonor getDonor() {
		return donor;
	}

	public String getDonorName() {
		return donorName;
	}

	public GiftDecision getDecision() {
		return decision;
	}

	public String getReason() {
		return reason;
	}

	public Date getDeclaredOn() {
		return declaredOn;
	}

	/** The name of who recorded the gift. */
	public String getRecordedBy() {
		return recordedBy;
	}

	public String getUuid() {
		return uuid;
	}
}
