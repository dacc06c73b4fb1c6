package org.openmrs.util;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Random;

import org.openmrs.api.APIException;

/**
 * Stand-in for {@code org.openmrs.util.Security}: password hashing (SHA-512 hex of password + salt; legacy
 * SHA-1 hashes still match) and random tokens.
 */
public class Security {

	private static final Random RANDOM = new SecureRandom();

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private Security() {
	}

	/**
	 * @param hashedPassword the stored hash
	 * @param passwordToHash password + salt
	 * @return whether the hash of {@code passwordToHash} is {@code hashedPassword}
	 */
	public static boolean hashMatches(String hashedPassword, String passwordToHash) {
		if (hashedPassword == null || passwordToHash == null) {
			throw new APIException("password.cannot.be.null", (Object[]) null);
		}
		return hashedPassword.equals(encodeString(passwordToHash))
		        || hashedPassword.equals(hexString(digest(passwordToHash.getBytes(StandardCharsets.UTF_8), "SHA-1")))
		        || hashedPassword.equals(incorrectHexString(digest(passwordToHash.getBytes(StandardCharsets.UTF_8), "SHA-1")));
	}

	/**
	 * @return the lower-case hex SHA-512 digest of the UTF-8 bytes of the string
	 */
	public static String encodeString(String strToEncode) throws APIException {
		return hexString(digest(strToEncode.getBytes(StandardCharsets.UTF_8), "SHA-512"));
	}

	/**
	 * @return 128 hex characters of randomness
	 */
	public static String getRandomToken() throws APIException {
		byte[] token = new byte[64];
		RANDOM.nextBytes(token);
		return hexString(digest(token, "SHA-512"));
	}

	private static byte[] digest(byte[] input, String algorithm) {
		try {
			return MessageDigest.getInstance(algorithm).digest(input);
		}
		catch (NoSuchAlgorithmException e) {
			throw new APIException("system.cannot.find.encryption.algorithm", null, e);
		}
	}

	private static String hexString(byte[] block) {
		StringBuilder buf = new StringBuilder(block.length * 2);
		for (byte b : block) {
			buf.append(HEX[(b & 0xf0) >> 4]).append(HEX[b & 0x0f]);
		}
		return buf.toString();
	}

	/** The pre-1.5 encoding that dropped leading zeros of each byte; old databases still hold such hashes. */
	private static String incorrectHexString(byte[] b) {
		StringBuilder s = new StringBuilder();
		for (byte aB : b) {
			s.append(Integer.toHexString(aB & 0xFF));
		}
		return s.toString();
	}
}
