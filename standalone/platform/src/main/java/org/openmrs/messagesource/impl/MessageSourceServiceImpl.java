package org.openmrs.messagesource.impl;

import java.util.Locale;

import org.openmrs.api.context.Context;
import org.openmrs.messagesource.MessageSourceService;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

/**
 * Stand-in for {@code org.openmrs.messagesource.impl.MessageSourceServiceImpl}: delegates to the active
 * message source, in the current user's locale when none is given.
 */
public class MessageSourceServiceImpl implements MessageSourceService {

	private MessageSource activeMessageSource;

	public void setActiveMessageSource(MessageSource activeMessageSource) {
		this.activeMessageSource = activeMessageSource;
	}

	public MessageSource getActiveMessageSource() {
		return activeMessageSource;
	}

	@Override
	public String getMessage(String s) {
		return getMessage(s, null, Context.getLocale());
	}

	@Override
	public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
		if ((code == null || code.trim().isEmpty()) && (defaultMessage == null || defaultMessage.trim().isEmpty())) {
			return "";
		}
		return activeMessageSource.getMessage(code, args, defaultMessage, locale == null ? Context.getLocale() : locale);
	}

	@Override
	public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
		if (code == null || code.trim().isEmpty()) {
			return "";
		}
		return activeMessageSource.getMessage(code, args, code, locale == null ? Context.getLocale() : locale);
	}

	@Override
	public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
		return activeMessageSource.getMessage(resolvable, locale == null ? Context.getLocale() : locale);
	}
}
