package org.openmrs.notification;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

import org.openmrs.BaseOpenmrsObject;
import org.openmrs.User;

/** Stand-in for {@code org.openmrs.notification.AlertRecipient}: one user an alert is for, and whether they read it. */
@Entity
@Table(name = "notification_alert_recipient")
public class AlertRecipient extends BaseOpenmrsObject {

	private static final long serialVersionUID = -507111109155L;

	@JoinColumn(name = "alert_id")
	@Id
	@ManyToOne
	private Alert alert;

	@JoinColumn(name = "user_id", updatable = false, insertable = false)
	@Id
	@ManyToOne
	private User recipient;

	@Column(name = "alert_read", length = 1)
	private Boolean alertRead = false;

	@Column(name = "date_changed", length = 19, updatable = false, insertable = false)
	private Date dateChanged;

	@Column(name = "user_id", nullable = false, updatable = false, insertable = false)
	private Integer recipientId;

	public AlertRecipient() {
	}

	public AlertRecipient(Alert alert, User recipient) {
		this.alert = alert;
		setRecipient(recipient);
	}

	public AlertRecipient(User user, Boolean read) {
		setRecipient(user);
		this.alertRead = read;
	}

	public Alert getAlert() {
		return alert;
	}

	public void setAlert(Alert alert) {
		this.alert = alert;
	}

	public User getRecipient() {
		return recipient;
	}

	public void setRecipient(User recipient) {
		this.recipient = recipient;
		this.recipientId = recipient == null ? null : recipient.getUserId();
	}

	public Integer getRecipientId() {
		return recipientId;
	}

	public Boolean isAlertRead() {
		return alertRead;
	}

	public Boolean getAlertRead() {
		return alertRead;
	}

	public void setAlertRead(Boolean alertRead) {
		this.alertRead = alertRead;
	}

	public Date getDateChanged() {
		return dateChanged;
	}

	public void setDateChanged(Date dateChanged) {
		this.dateChanged = dateChanged;
	}

	@Override
	public Integer getId() {
		throw new UnsupportedOperationException();
	}

	@Override
	public void setId(Integer id) {
		throw new UnsupportedOperationException();
	}
}
