package org.openmrs.module.boundaries.contactlog;

/** What was offered. Cash and vouchers are the kind a practice may refuse outright (global property boundaries.gift.refuseCash). */
public enum GiftKind {
	CASH_OR_VOUCHER, CONSUMABLE, PERSONAL_ITEM, BEQUEST, HOSPITALITY
}
