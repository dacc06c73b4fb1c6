package org.openmrs.notification;

import java.io.Serializable;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;

import org.openmrs.Auditable;
import org.openmrs.BaseOpenmrsObject;
import org.openmrs.User;

/**
 * Stand-in for {@code org.openmrs.notification.Alert}: a message shown to users inside OpenMRS, with its recipients.
 * Mapped by Alert.hbm.xml onto notification_alert, as in the real platform.
 */
public class Alert extends BaseOpenmrsObject implements Auditable, Serializable {

	private static final long serialVersionUID = -507111111109152L;

	public static final int TEXT_MAX_LENGTH = 512;

	private Integer alertId;

	private String text;

	private Boolean satisfiedByAny = Boolean.FALSE;

	private Boolean alertRead = Boolean.FALSE;

	private Date dateToExpire;

	private User creator;

	private Date dateCreated;

	private User changedBy;

	private Date dateChanged;

	private Set<AlertRecipient> recipients;

	public Alert() {
	}

	public Alert(Integer alertId) {
		this.alertId = alertId;
	}

	/** An alert with the given text for each of the users. */
	public Alert(String text, Collection<User> users) {
		setText(text);
		if (users != null) {
			for (User user : users) {
				addRecipient(user);
			}
		}
	}

	public Alert(String text, User user) {
		setText(text);
		addRecipient(user);
	}

	public Integer getAlertId() {
		return alertId;
	}

	public void setAlertId(Integer alertId) {
		this.alertId = alertId;
	}

	@Override
	public User getCreator() {
		return creator;
	}

	@Override
	public void setCreator(User creator) {
		this.creator = creator;
	}

	@Override
	public Date getDateCreated() {
		return dateCreated;
	}

	@Override
	public void setDateCreated(Date dateCreated) {
		this.dateCreated = dateCreated;
	}

	public Date getDateToExpire() {
		return dateToExpire;
	}

	public void setDateToExpire(Date dateToExpire) {
		this.dateToExpire = dateToExpire;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public Boolean getSatisfiedByAny() {
		return satisfiedByAny;
	}

	public Boolean isSatisfiedByAny() {
		return satisfiedByAny;
	}

	public void setSatisfiedByAny(Boolean satisfiedByAny) {
		this.satisfiedByAny = satisfiedByAny;
	}

	public Boolean getAlertRead() {
		return alertRead;
	}

	public Boolean isAlertRead() {
		return alertRead;
	}

	public void setAlertRead(Boolean alertRead) {
		this.alertRead = alertRead;
	}

	@Override
	public User getChangedBy() {
		return changedBy;
	}

	@Override
	public void setChangedBy(User changedBy) {
		this.changedBy = changedBy;
	}

	@Override
	public Date getDateChanged() {
		return dateChanged;
	}

	@Override
	public void setDateChanged(Date dateChanged) {
		this.dateChanged = dateChanged;
	}

	public Set<AlertRecipient> getRecipients() {
		return recipients;
	}

	public void setRecipients(Set<AlertRecipient> recipients) {
		this.recipients = recipients;
	}

	public void addRecipient(AlertRecipient recipient) {
		if (recipients == null) {
			recipients = new HashSet<>();
		}
		recipient.setAlert(this);
		recipients.add(recipient);
	}

	public void addRecipient(User user) {
		addRecipient(new AlertRecipient(user, false));
	}

	public AlertRecipient getRecipient(User recipient) {
		if (recipients != null) {
			for (AlertRecipient candidate : recipients) {
				if (candidate.getRecipient().equals(recipient)) {
					return candidate;
				}
			}
		}
		return null;
	}

	@Override
	public Integer getId() {
		return getAlertId();
	}

	@Override
	public void setId(Integer id) {
		setAlertId(id);
	}

	@Override
	public String toString() {
		return "Alert: #" + alertId;
	}
}
