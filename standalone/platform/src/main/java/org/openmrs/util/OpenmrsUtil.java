package org.openmrs.util;

import java.util.Collection;
import java.util.Date;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.api.APIException;
import org.openmrs.api.AdministrationService;
import org.openmrs.api.InvalidCharactersPasswordException;
import org.openmrs.api.PasswordException;
import org.openmrs.api.ShortPasswordException;
import org.openmrs.api.WeakPasswordException;
import org.openmrs.api.context.Context;

/**
 * Stand-in for {@code org.openmrs.util.OpenmrsUtil}: the few helpers the stand-in needs, including the real
 * password rules.
 */
public class OpenmrsUtil {

	private OpenmrsUtil() {
	}

	public static boolean nullSafeEquals(Object d1, Object d2) {
		if (d1 == null) {
			return d2 == null;
		} else if (d2 == null) {
			return false;
		}
		return d1.equals(d2);
	}

	public static <E> boolean collectionContains(Collection<E> objects, E obj) {
		if (obj == null || objects == null) {
			return false;
		}
		for (E o : objects) {
			if (o != null && o.equals(obj)) {
				return true;
			}
		}
		return false;
	}

	public static <E extends Comparable<E>> int compareWithNullAsGreatest(E c1, E c2) {
		if (c1 == null && c2 == null) {
			return 0;
		}
		if (c1 == null) {
			return 1;
		}
		if (c2 == null) {
			return -1;
		}
		return c1.compareTo(c2);
	}

	public static int compareWithNullAsLatest(Date d1, Date d2) {
		if (d1 == null && d2 == null) {
			return 0;
		}
		if (d1 == null) {
			return 1;
		}
		if (d2 == null) {
			return -1;
		}
		return d1.compareTo(d2);
	}

	/**
	 * Applies the password rules of the {@code security.password*} global properties (defaults: at least 8
	 * characters, upper and lower case, a digit, a non-digit, not the username or system id).
	 *
	 * @throws PasswordException the subclass telling which rule failed
	 */
	public static void validatePassword(String username, String password, String systemId) throws PasswordException {
		String userGp = "true";
		String lengthGp = "8";
		String caseGp = "true";
		String digitGp = "true";
		String nonDigitGp = "true";
		String regexGp = null;
		AdministrationService svc = null;
		try {
			svc = Context.getAdministrationService();
		}
		catch (APIException apiEx) {
			// no service: the defaults apply
		}
		if (svc != null && Context.isSessionOpen()) {
			userGp = svc.getGlobalProperty(OpenmrsConstants.GP_PASSWORD_CANNOT_MATCH_USERNAME_OR_SYSTEMID, userGp);
			lengthGp = svc.getGlobalProperty(OpenmrsConstants.GP_PASSWORD_MINIMUM_LENGTH, lengthGp);
			caseGp = svc.getGlobalProperty(OpenmrsConstants.GP_PASSWORD_REQUIRES_UPPER_AND_LOWER_CASE, caseGp);
			digitGp = svc.getGlobalProperty(OpenmrsConstants.GP_PASSWORD_REQUIRES_DIGIT, digitGp);
			nonDigitGp = svc.getGlobalProperty(OpenmrsConstants.GP_PASSWORD_REQUIRES_NON_DIGIT, nonDigitGp);
			regexGp = svc.getGlobalProperty(OpenmrsConstants.GP_PASSWORD_CUSTOM_REGEX, regexGp);
		}
		if (password == null) {
			throw new WeakPasswordException();
		}
		if ("true".equals(userGp) && (password.equals(username) || password.equals(systemId))) {
			throw new WeakPasswordException();
		}
		if (StringUtils.isNotEmpty(lengthGp)) {
			try {
				int minLength = Integer.parseInt(lengthGp);
				if (password.length() < minLength) {
					throw new ShortPasswordException(getMessage("error.password.length", lengthGp));
				}
			}
			catch (NumberFormatException nfe) {
				// a bad global property disables the length rule, as in the real platform
			}
		}
		if ("true".equals(caseGp) && !(password.matches("(?s).*[A-Z].*") && password.matches("(?s).*[a-z].*"))) {
			throw new InvalidCharactersPasswordException(getMessage("error.password.requireMixedCase"));
		}
		if ("true".equals(digitGp) && !password.chars().anyMatch(Character::isDigit)) {
			throw new InvalidCharactersPasswordException(getMessage("error.password.requireNumber"));
		}
		if ("true".equals(nonDigitGp) && password.chars().allMatch(Character::isDigit)) {
			throw new InvalidCharactersPasswordException(getMessage("error.password.requireLetter"));
		}
		if (StringUtils.isNotEmpty(regexGp)) {
			try {
				if (!Pattern.compile(regexGp).matcher(password).matches()) {
					throw new InvalidCharactersPasswordException(getMessage("error.password.different"));
				}
			}
			catch (PatternSyntaxException pse) {
				// an invalid regex is ignored, as in the real platform
			}
		}
	}

	private static String getMessage(String code, Object... args) {
		try {
			return Context.getMessageSourceService().getMessage(code, args, Context.getLocale());
		}
		catch (RuntimeException e) {
			return code;
		}
	}
}
